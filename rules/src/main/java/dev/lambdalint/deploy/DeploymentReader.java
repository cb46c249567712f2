package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every template into one {@link Deployment}. A template that cannot be read becomes a parse problem
 * naming it (so does one the readers fail on unexpectedly) and the others are still read; a file found under a
 * template's name that is no template (an OpenAPI {@code template.json}) is skipped with a note. Triggers declared
 * apart from their function are attached to it, also across templates when they name it by its deployed name or
 * ARN. Given the module being checked, the functions that run other modules' code are set apart.
 */
public final class DeploymentReader {
    private DeploymentReader() {
    }

    public static Deployment read(List<TemplateFile> templates) {
        return read(templates, null);
    }

    /** @param module the module being checked; null when every function is the project's own */
    public static Deployment read(List<TemplateFile> templates, ModuleCode module) {
        List<ParseProblem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        TemplateContent all = TemplateContent.empty();
        List<Path> templateOf = new ArrayList<>();
        for (TemplateFile template : templates) {
            Optional<TemplateContent> content = content(template, problems, notes);
            if (content.isPresent()) {
                content.get().functions().forEach(f -> templateOf.add(template.path()));
                all.addAll(content.get());
                notes.add("read " + template.relativePath() + ": " + count(content.get().functions().size()));
            }
        }
        Deployment unattached = new Deployment(all.functions(), all.resources(), problems);
        List<LambdaFunction> own = new ArrayList<>();
        List<LambdaFunction> others = new ArrayList<>();
        for (int i = 0; i < all.functions().size(); i++) {
            LambdaFunction function = all.functions().get(i);
            LambdaFunction attached = function.withEvents(all.triggers().stream()
                    .filter(t -> unattached.sameResource(t.function(), function.self()))
                    .map(TemplateContent.PendingTrigger::source).toList());
            if (module == null) {
                own.add(attached);
                continue;
            }
            FunctionCode code = all.code().stream().filter(c -> c.describes(function)).findFirst().orElse(null);
            ModuleCode.Decision decision = module.decide(function, code, templateOf.get(i));
            (decision.ours() ? own : others).add(attached);
            notes.add(function.name() + " (" + function.at() + ") " + (decision.ours()
                    ? "is this module's code: " : "is another module's code, not judged here: ") + decision.why());
        }
        return new Deployment(own, all.resources(), problems, others, notes);
    }

    private static Optional<TemplateContent> content(TemplateFile template, List<ParseProblem> problems,
                                                     List<String> notes) {
        try {
            if (template.format() == TemplateFile.Format.CDK_JAVA) {
                return Optional.of(CdkJavaApp.read(template, problems, notes));
            }
            TemplateNode root;
            try {
                root = TemplateParser.parse(template.path(), template.relativePath());
            } catch (TemplateParser.TemplateException e) {
                if (!template.named() && TemplateRecognition.guess(template.path(), template.format())
                        == TemplateRecognition.Guess.NOT_A_TEMPLATE) {
                    notes.add("skipped " + template.relativePath() + ": it does not parse (" + e.getMessage()
                            + ") and shows none of the keys of a deployment template");
                    return Optional.empty();
                }
                problems.add(new ParseProblem(template.relativePath(), e.line, e.column, (e.readable
                        ? "the template does not parse, so its functions were not analyzed: "
                        : "the template cannot be read, so its functions were not analyzed: ") + e.getMessage(),
                        e.readable ? "syntax" : "unreadable"));
                return Optional.empty();
            }
            Optional<String> notATemplate = TemplateRecognition.whyNotATemplate(template.format(), root);
            if (notATemplate.isPresent() && !template.named()) {
                notes.add("skipped " + template.relativePath() + ": not a deployment template ("
                        + notATemplate.get() + ")");
                return Optional.empty();
            }
            return Optional.of(template.format() == TemplateFile.Format.SERVERLESS
                    ? ServerlessReader.read(template, root, problems)
                    : CloudFormationReader.read(template, root, problems));
        } catch (RuntimeException | StackOverflowError e) {
            // a template shaped in a way the readers do not expect must not take the build down
            problems.add(new ParseProblem(template.relativePath(), 1, 1, "lambda-lint failed to read the "
                    + "template's functions, so they were not analyzed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                    + "); please report this"));
            return Optional.empty();
        }
    }

    private static String count(int functions) {
        return functions + (functions == 1 ? " function" : " functions");
    }
}
