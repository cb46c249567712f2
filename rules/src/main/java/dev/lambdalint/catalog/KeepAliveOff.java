package dev.lambdalint.catalog;

import java.util.List;
import java.util.Map;

/**
 * The settings that stop HTTP connections from being reused, so that every request opens a new one.
 *
 * @param systemProperties      property name -> the value that turns reuse off ({@code http.keepAlive=false})
 * @param headerSetters         methods that set a request header ({@code header}, {@code setRequestProperty})
 * @param headerName            the header that asks the server to close the connection ("Connection")
 * @param headerValue           its closing value ("close"), compared ignoring case
 * @param headerNameConstants   simple names of library constants holding the header name
 * @param headerValueConstants  simple names of library constants holding the closing value
 * @param noReuseTypes          globs of reuse strategies that never reuse a connection
 * @param reuseStrategySetters  builder methods that take a reuse strategy: a lambda returning {@code false}
 *                              given to one never reuses
 * @param noIdlePoolTypes       globs of connection pools built as {@code new Type(maxIdle, ...)}: a first
 *                              argument of 0 keeps no idle connection
 */
public record KeepAliveOff(Map<String, String> systemProperties, List<String> headerSetters, String headerName,
                           String headerValue, List<String> headerNameConstants, List<String> headerValueConstants,
                           List<String> noReuseTypes, List<String> reuseStrategySetters,
                           List<String> noIdlePoolTypes) {

    public KeepAliveOff {
        systemProperties = Copies.mapOrEmpty(systemProperties);
        headerSetters = Copies.listOrEmpty(headerSetters);
        headerNameConstants = Copies.listOrEmpty(headerNameConstants);
        headerValueConstants = Copies.listOrEmpty(headerValueConstants);
        noReuseTypes = Copies.listOrEmpty(noReuseTypes);
        reuseStrategySetters = Copies.listOrEmpty(reuseStrategySetters);
        noIdlePoolTypes = Copies.listOrEmpty(noIdlePoolTypes);
    }

    public boolean noReuseType(List<String> typeCandidates) {
        return matchesAny(noReuseTypes, typeCandidates);
    }

    public boolean noIdlePoolType(List<String> typeCandidates) {
        return matchesAny(noIdlePoolTypes, typeCandidates);
    }

    /**
     * Whether a type written as {@code written} can be one of the never-reusing or no-idle-pool types, from its
     * simple name alone: a cheap test before resolving it, for every creation and field access of the code.
     */
    public boolean mayBeNamed(String written) {
        String simple = written.substring(written.lastIndexOf('.') + 1);
        for (List<String> globs : List.of(noReuseTypes, noIdlePoolTypes)) {
            for (String glob : globs) {
                String last = glob.substring(glob.lastIndexOf('.') + 1);
                if (last.contains("*") || last.contains("?") || last.contains("[") || last.contains("{")
                        || last.equals(simple)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAny(List<String> globs, List<String> typeCandidates) {
        return globs.stream().map(TypePattern::of).anyMatch(p -> typeCandidates.stream().anyMatch(p::matches));
    }
}
