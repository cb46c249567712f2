package dev.lambdalint.check.coldstart;

import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.deploy.Setting;
import java.util.Locale;
import java.util.Set;

/** Whether a function's template turns SnapStart on. */
final class SnapStartSetting {
    /** What {@code ApplyOn} (or Serverless {@code snapStart}) says when SnapStart is off. */
    private static final Set<String> OFF = Set.of("none", "false", "");

    private SnapStartSetting() {
    }

    /**
     * False only when the template leaves SnapStart off (not written, {@code ApplyOn: None}, {@code snapStart:
     * false}); true when it turns it on, or when its value is known only at deployment.
     */
    static boolean mayBeOn(LambdaFunction function) {
        Setting snapStart = function.snapStart();
        if (snapStart == null) {
            return false;
        }
        return snapStart.value().literal().map(v -> !OFF.contains(v.trim().toLowerCase(Locale.ROOT))).orElse(true);
    }
}
