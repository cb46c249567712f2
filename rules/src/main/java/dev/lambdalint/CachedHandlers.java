package dev.lambdalint;

import java.util.ArrayList;
import java.util.List;

/**
 * The handlers' modules through the analysis cache, whose entry keeps the handlers as a list of strings and nothing
 * else about them: each handler is stored as {@code module NUL id} and split again when read back, so that a warm
 * run reports the modules a cold run found. NUL is in no Java name nor in a build's module name.
 */
final class CachedHandlers {
    private static final char SEPARATOR = '\0';

    private CachedHandlers() {
    }

    /** The result as the cache stores it: each handler carrying its module, when modules were told apart. */
    static AnalysisResult toStore(AnalysisResult result) {
        if (result.handlerModules().isEmpty()) {
            return result;
        }
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < result.handlers().size(); i++) {
            joined.add(result.handlerModule(i) + SEPARATOR + result.handlers().get(i));
        }
        return result.withHandlers(joined, List.of());
    }

    /** The result {@link #toStore} stored, with each handler's id and module apart again. */
    static AnalysisResult fromStore(AnalysisResult stored) {
        if (stored.handlers().stream().noneMatch(h -> h.indexOf(SEPARATOR) >= 0)) {
            return stored;
        }
        List<String> ids = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        for (String handler : stored.handlers()) {
            int at = handler.indexOf(SEPARATOR);
            modules.add(at < 0 ? "" : handler.substring(0, at));
            ids.add(handler.substring(at + 1));
        }
        return stored.withHandlers(ids, modules);
    }
}
