package dev.lambdalint.catalog;

import java.util.List;

/**
 * A library call or construction, as the catalog describes it: {@code new T(...)} when {@code constructor},
 * {@code T.m(...)} for one of the {@code staticMethods}, {@code receiver.m(...)} on a receiver of type T for one
 * of the {@code methods}.
 *
 * @param what          what it is or yields, for messages ("a random UUID")
 * @param types         globs of T
 * @param staticMethods static methods of T
 * @param methods       instance methods of T
 * @param constructor   whether {@code new T(...)} matches
 * @param arguments     how many arguments the call or construction takes to match; null for any number
 * @param chained       whether the instance methods also match at the end of a fluent chain begun by one of T's
 *                      static methods, whose links return the builder ({@code Thumbnails.of(in).size(w, h).toFile(out)})
 */
public record CallPattern(String what, List<String> types, List<String> staticMethods, List<String> methods,
                          boolean constructor, Integer arguments, boolean chained) {

    public CallPattern {
        types = Copies.listOrEmpty(types);
        staticMethods = Copies.listOrEmpty(staticMethods);
        methods = Copies.listOrEmpty(methods);
    }

    public boolean covers(List<String> typeCandidates) {
        for (String type : typeCandidates) {
            if (TypePattern.anyMatches(types, type)) {
                return true;
            }
        }
        return false;
    }

    public boolean takes(int argumentCount) {
        return arguments == null || arguments == argumentCount;
    }

    /** Whether a call of this name could match, before any type is worked out. */
    public boolean mayCall(String method) {
        return staticMethods.contains(method) || methods.contains(method);
    }
}
