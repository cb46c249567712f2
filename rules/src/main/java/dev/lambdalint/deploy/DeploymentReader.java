package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every template into one {@link Deployment}. A template that cannot be read becomes a parse problem
 * naming it (so does one the readers fail on unexpectedly) and the others are still read; triggers declared
 * apart from their function are attached to it, also across templates when they name it by its deployed name
 * or ARN.
 */
public final class DeploymentReader {
    private DeploymentReader() {
    }

    public static Deployment read(List<TemplateFile> templates) {
        List<ParseProblem> problems = new ArrayList<>();
        TemplateContent all = TemplateContent.empty();
        for (TemplateFile template : templates) {
            TemplateNode root;
            try {
                root = TemplateParser.parse(template.path(), template.relativePath());
            } catch (TemplateParser.TemplateException e) {
                problems.add(new ParseProblem(template.relativePath(), e.line, e.column, (e.readable
                        ? "the template does not parse, so its functions were not analyzed: "
                        : "the template cannot be read, so its functions were not analyzed: ") + e.getMessage(),
                        e.readable ? "syntax" : "unreadable"));
                continue;
            }
            TemplateContent content;
            try {
                content = template.format() == TemplateFile.Format.SERVERLESS
                        ? ServerlessReader.read(template, root, problems)
                        : CloudFormationReader.read(template, root, problems);
            } catch (RuntimeException | StackOverflowError e) {
                // a template shaped in a way the readers do not expect must not take the build down
                problems.add(new ParseProblem(template.relativePath(), 1, 1, "lambda-lint failed to read the "
                        + "template's functions, so they were not analyzed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                        + "); please report this"));
                continue;
            }
            all.functions().addAll(content.functions());
            all.resources().addAll(content.resources());
            all.triggers().addAll(content.triggers());
        }
        Deployment unattached = new Deployment(all.functions(), all.resources(), problems);
        List<LambdaFunction> functions = new ArrayList<>();
        for (LambdaFunction function : all.functions()) {
            functions.add(function.withEvents(all.triggers().stream()
                    .filter(t -> unattached.sameResource(t.function(), function.self()))
                    .map(TemplateContent.PendingTrigger::source).toList()));
        }
        return new Deployment(functions, all.resources(), problems);
    }
}
