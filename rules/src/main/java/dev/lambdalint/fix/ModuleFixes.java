package dev.lambdalint.fix;

import dev.lambdalint.Finding;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.model.InvocationModel;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The fixes of the modules analyzed one by one: each module's findings that count are planned with that module's
 * model, a location once (as {@code ModuleFindings} keeps it once), and a file's fixes by the first module that
 * plans any, so that all the edits of one file are planned together.
 */
public final class ModuleFixes {
    private final Catalog catalog;
    private final Charset charset;
    private final Predicate<Finding> counts;
    private final boolean snapStart;
    private final TestDoubles doubles;
    private final Map<String, FindingFix> findings = new LinkedHashMap<>();
    private final Map<String, FileFix> files = new TreeMap<>();

    /**
     * {@code counts}: whether a reported finding counts (its rule on, no suppression naming it); only those get fixes.
     * {@code snapStart}: whether a function of the deployment runs with SnapStart. {@code doubles}: the
     * constructions the project's tests mock.
     */
    public ModuleFixes(Catalog catalog, Charset charset, Predicate<Finding> counts, boolean snapStart,
                       TestDoubles doubles) {
        this.catalog = catalog;
        this.charset = charset;
        this.counts = counts;
        this.snapStart = snapStart;
        this.doubles = doubles;
    }

    public void add(InvocationModel model, List<Finding> reported) {
        List<Finding> planned = new ArrayList<>();
        for (Finding finding : reported) {
            if (!counts.test(finding) || findings.containsKey(key(finding))) {
                continue;
            }
            if (files.containsKey(finding.path())) {
                findings.put(key(finding), FindingFix.notFixed(finding, "its file's other fixes were planned with "
                        + "another module's code; run lambda-lint:fix again to fix it"));
            } else {
                planned.add(finding);
            }
        }
        if (planned.isEmpty()) {
            return;
        }
        FixSet fixes = FixPlanner.plan(model, catalog, planned, charset, snapStart, doubles);
        fixes.findings().forEach(fix -> findings.putIfAbsent(key(fix), fix));
        fixes.files().forEach(file -> files.putIfAbsent(file.path(), file));
    }

    public FixSet result() {
        List<FindingFix> all = new ArrayList<>(findings.values());
        all.sort((a, b) -> Finding.ORDER.compare(FixPlanner.finding(a), FixPlanner.finding(b)));
        return new FixSet(all, new ArrayList<>(files.values()));
    }

    private static String key(Finding f) {
        return f.ruleId() + '\0' + f.path() + '\0' + f.line() + '\0' + f.column();
    }

    private static String key(FindingFix f) {
        return f.ruleId() + '\0' + f.path() + '\0' + f.line() + '\0' + f.column();
    }
}
