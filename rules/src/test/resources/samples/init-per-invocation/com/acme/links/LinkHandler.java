package com.acme.links;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Patterns that reach Pattern.compile through a helper's parameter, a local or a loop over a fixed list are the
 * same few patterns on every call: compiled per invocation all the same. Values from the event are not.
 */
public class LinkHandler implements RequestHandler<Map<String, String>, Boolean> {
    private static final String TELEGRAM = "tg://.*";
    private static final List<String> SCHEMES = List.of("https://.*", "http://.*");

    @Override
    public Boolean handleRequest(Map<String, String> event, Context context) {
        String link = event.get("link");
        return validLink(link) && looseLink(link) && Validation.matches(link, TELEGRAM)
                && StrictLinks.anyMatch(link, event.get("patterns")) && reassignedLocal(link, event)
                && mixedList(link, event) && new Matcher("mailto:.*").test(link);
    }

    private boolean validLink(String link) {
        List<String> regexList = List.of("https://.*", "http://.*", TELEGRAM);
        for (String regex : regexList) {
            if (Validation.matches(link, regex)) {
                return true;
            }
        }
        for (String regex : SCHEMES) {
            if (Validation.matches(link, regex)) {
                return true;
            }
        }
        for (String regex : new String[] {"ftp://.*", "sftp://.*"}) {
            if (Validation.matches(link, regex)) {
                return true;
            }
        }
        return false;
    }

    private boolean looseLink(String link) {
        String regex = "www\\..*";
        return Validation.matches(link, regex);
    }

    private boolean reassignedLocal(String link, Map<String, String> event) {
        String regex = "[a-z]+";
        if (event.containsKey("custom")) {
            regex = event.get("custom");
        }
        return Pattern.compile(regex).matcher(link).matches();
    }

    private boolean mixedList(String link, Map<String, String> event) {
        for (String regex : List.of("^a", event.get("extra"))) {
            if (Pattern.compile(regex).matcher(link).find()) {
                return true;
            }
        }
        return false;
    }

    /** Every per-invocation caller passes a constant: the same patterns compiled again and again. */
    static final class Validation {
        static boolean matches(String text, String regex) {
            return Pattern.compile(regex).matcher(text).matches(); // Noncompliant {{Pattern (java.util.regex) is built on every invocation}}
        }
    }

    /** One caller passes what the event says: the pattern cannot be hoisted. */
    static final class StrictLinks {
        static boolean anyMatch(String text, String patterns) {
            for (String regex : patterns.split(",")) {
                if (Pattern.compile(regex).matcher(text).find()) {
                    return true;
                }
            }
            return check(text, "^https://") || check(text, patterns);
        }

        private static boolean check(String text, String regex) {
            return Pattern.compile(regex).matcher(text).find();
        }
    }

    /** A constructor's parameter kept per object: made per invocation with a literal, compiled per invocation. */
    static final class Matcher {
        private final Pattern pattern;

        Matcher(String regex) {
            pattern = Pattern.compile(regex); // Noncompliant
        }

        boolean test(String text) {
            return pattern.matcher(text).matches();
        }
    }
}
