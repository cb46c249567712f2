package com.acme.orders;

import static com.acme.shared.Patterns.EMAIL_DOMAIN;

import com.acme.shared.Formats;
import com.acme.shared.Patterns;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.regex.Pattern;

/** Constant patterns compiled per invocation are findings; patterns built from the event cannot be hoisted. */
public class PatternHandler implements RequestHandler<Map<String, String>, Boolean> {
    private static final String TRACKING = "1Z[0-9A-Z]{16}";
    private static final Pattern PRECOMPILED = Pattern.compile("^[a-z]+$");
    private final String instanceRegex = "x+";

    @Override
    public Boolean handleRequest(Map<String, String> event, Context context) {
        boolean literal = Pattern.compile("^\\d{5}$").matcher(event.get("zip")).matches(); // Noncompliant {{Pattern (java.util.regex)}}
        boolean constant = Pattern.compile(TRACKING).matcher(event.get("tracking")).find(); // Noncompliant {{work that a constant pattern needs only once}}
        boolean otherClass = Pattern.compile(Patterns.SKU, Pattern.CASE_INSENSITIVE).matcher("").find(); // Noncompliant
        boolean staticImport = Pattern.compile(EMAIL_DOMAIN).matcher(event.get("email")).find(); // Noncompliant
        boolean joined = Pattern.compile("(" + Formats.ORDER_ID + ")+").matcher(event.get("ids")).matches(); // Noncompliant
        boolean textBlock = Pattern.compile( // Noncompliant
                """
                [a-z]+""").matcher("").matches();
        return literal && constant && otherClass && staticImport && joined && textBlock && fromEvent(event)
                && PRECOMPILED.matcher(event.get("name")).matches();
    }

    private boolean fromEvent(Map<String, String> event) {
        String regex = event.get("filter");
        boolean parameter = Pattern.compile(regex).matcher(event.get("value")).matches();
        boolean built = Pattern.compile("^" + event.get("prefix") + ".*").matcher("").matches();
        String local = "[0-9]+"; // a local set once from a literal is as constant as the literal
        boolean fromLocal = Pattern.compile(local).matcher("").matches(); // Noncompliant {{Pattern (java.util.regex)}}
        boolean fromInstanceField = Pattern.compile(instanceRegex).matcher("").matches(); // Noncompliant {{Pattern (java.util.regex)}}
        boolean stringMatches = event.get("value").matches("[a-z]+");
        boolean flagged = Pattern.compile(TRACKING, Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher("").find(); // Noncompliant {{Pattern (java.util.regex)}}
        int flags = Boolean.parseBoolean(event.get("ignoreCase")) ? Pattern.CASE_INSENSITIVE : 0;
        boolean perCallFlags = Pattern.compile(TRACKING, flags).matcher("").find(); // the flags come from the event
        return parameter && built && fromLocal && fromInstanceField && stringMatches && flagged && perCallFlags;
    }
}
