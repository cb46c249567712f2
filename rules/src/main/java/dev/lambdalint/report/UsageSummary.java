package dev.lambdalint.report;

import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.sizing.UsageFigures;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded usage of the template functions in one sentence: invocations, errors (timeouts, out-of-memory ends,
 * other error statuses) and the error rate, and the functions the errors happened in.
 */
record UsageSummary(int functions, long invocations, long errors, double errorRate, List<String> byFunction) {

    static UsageSummary of(SizingSummary sizing) {
        int functions = 0;
        long invocations = 0;
        long errors = 0;
        List<String> byFunction = new ArrayList<>();
        for (FunctionFigures f : sizing.functions()) {
            UsageFigures u = f.usage();
            if (u == null) {
                continue;
            }
            functions++;
            invocations += u.invocations();
            errors += u.errors();
            if (u.errors() > 0) {
                byFunction.add(f.function() + " " + SizingText.count(u.errors()) + " (" + kinds(u) + ")");
            }
        }
        long requests = Math.max(invocations, errors);
        return new UsageSummary(functions, invocations, errors, requests == 0 ? 0 : (double) errors / requests,
                byFunction);
    }

    /** "1,240 invocations of 5 functions, 3 errors (0.24%): CheckoutFunction 2 (1 timeout, 1 out of memory), …". */
    String text() {
        String read = SizingText.plural(invocations, "invocation") + " of " + SizingText.plural(functions, "function");
        if (errors == 0) {
            return read + ", no errors.";
        }
        return read + ", " + SizingText.plural(errors, "error") + " (" + SizingText.rate(errorRate) + "): "
                + String.join(", ", byFunction) + ".";
    }

    /** "1 timeout, 2 out of memory, 1 with Status: error". */
    static String kinds(UsageFigures u) {
        List<String> parts = new ArrayList<>();
        if (u.timeouts() > 0) {
            parts.add(SizingText.plural(u.timeouts(), "timeout"));
        }
        if (u.outOfMemoryEnds() > 0) {
            parts.add(SizingText.count(u.outOfMemoryEnds()) + " out of memory");
        }
        if (u.otherErrors() > 0) {
            parts.add(SizingText.count(u.otherErrors()) + " with Status: error");
        }
        return String.join(", ", parts);
    }
}
