package dev.lambdalint.check;

import dev.lambdalint.Severity;
import dev.lambdalint.source.ParseProblem;

/** A source or template the analyzer could not read or parse; the rest of the project is still analyzed. */
@RuleMeta(id = "parse-error", severity = Severity.WARNING,
        summary = "A source file or deployment template could not be read or parsed, so it was not analyzed.",
        tags = {"reliability"})
public final class ParseError implements Rule {
    @Override
    public void check(RuleContext context) {
        for (ParseProblem problem : context.parseProblems()) {
            context.report(this, problem);
        }
    }
}
