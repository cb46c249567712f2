package dev.lambdalint;

import dev.lambdalint.check.RuleContext;
import dev.lambdalint.model.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of the modules analyzed one by one, each once: code shared by several modules, or a template they
 * all read, is reported once, as within one analysis (the first handler in id order keeps a location). Suppressed
 * findings are among them, with their facts: the stage after the rules counts them. Each finding names the module
 * whose handler reached it (the one kept), so that reports pair it with that module's functions only.
 */
final class ModuleFindings {
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    /** The module of each handler declaration, by its id and its file. */
    private final Map<String, String> handlers = new TreeMap<>();

    void add(String module, RuleContext context, List<Handler> moduleHandlers) {
        for (Finding finding : context.findings()) {
            findings.merge(key(finding), finding.inModule(module), ModuleFindings::firstHandler);
        }
        // one id per declaration: two modules' helloworld.App are two handlers
        moduleHandlers.forEach(h -> handlers.put(h.id() + '\0' + h.file().relativePath(), module));
    }

    List<Finding> findings() {
        return new ArrayList<>(findings.values());
    }

    /** The findings with unique identities ({@link RuleContext#numbered}), each still naming its module. */
    List<Finding> numbered() {
        return RuleContext.numbered(findings.values()).stream()
                .map(f -> f.inModule(findings.get(key(f)).module())).toList();
    }

    /** The handlers' ids in id order, one per declaring file. */
    List<String> handlers() {
        return handlers.keySet().stream().map(h -> h.substring(0, h.indexOf('\0'))).toList();
    }

    /** The module declaring each of {@link #handlers}, position by position. */
    List<String> handlerModules() {
        return List.copyOf(handlers.values());
    }

    /** Code findings are one per location; the others (templates, files) one per location and message. */
    private static String key(Finding f) {
        String where = f.ruleId() + '\0' + f.path() + '\0' + f.line() + '\0' + f.column();
        return f.callChain().isEmpty() ? where + '\0' + f.message() : where;
    }

    private static Finding firstHandler(Finding kept, Finding other) {
        if (kept.handler() == null || other.handler() == null) {
            return kept.handler() == null ? other : kept;
        }
        return other.handler().compareTo(kept.handler()) < 0 ? other : kept;
    }
}
