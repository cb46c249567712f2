package dev.lambdalint.check;

import dev.lambdalint.check.coldstart.ColdStart;
import dev.lambdalint.check.memory.MemoryOverprovisioned;
import dev.lambdalint.check.memory.MemoryUnderprovisioned;
import dev.lambdalint.check.memory.TimeoutRisk;
import dev.lambdalint.check.networktimeout.NetworkCallWithoutTimeout;
import dev.lambdalint.check.selfinvocation.SelfInvocation;
import dev.lambdalint.check.snapstart.SnapStartStaleConnection;
import dev.lambdalint.check.snapstart.SnapStartUniqueState;
import dev.lambdalint.check.tmpfiles.TmpNotCleaned;
import java.util.List;
import java.util.Optional;

/** The registry of every rule, in a fixed order. */
public final class Rules {
    private static final List<Rule> ALL = List.of(new ClientPerInvocation(),
            new InitPerInvocation(), new ConfigPerInvocation(),
            new ConnectionPerInvocation(), new UnboundedCache(),
            new SelfInvocation(),
            new SnapStartUniqueState(), new SnapStartStaleConnection(), new LambdaSyncInvoke(),
            new NetworkCallWithoutTimeout(), new TmpNotCleaned(),
            new MemoryUnderprovisioned(), new MemoryOverprovisioned(), new TimeoutRisk(), new ColdStart(),
            new ParseError());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static List<RuleInfo> infos() {
        return ALL.stream().map(Rule::info).toList();
    }

    public static Optional<RuleInfo> info(String id) {
        return infos().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
