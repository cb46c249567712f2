package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every template into one {@link Deployment}. A template that cannot be read becomes a parse problem
 * naming it (so does one the readers fail on unexpectedly) and the others are still read; a file found under a
 * template's name that is no template (an OpenAPI {@code template.json}) is skipped with a note. Triggers declared
 * apart from their function are attached to it, also across templates when they name it by its deployed name or
 * ARN. Given the module being checked, the functions that run other modules' code are set apart; given several
 * modules, each function goes to the modules whose code it runs.
 */
public final class DeploymentReader {
    private static final String THIS_MODULE = "this module";

    private DeploymentReader() {
    }

    public static Deployment read(List<TemplateFile> templates) {
        return read(templates, Map.of()).all();
    }

    /** @param module the module being checked; null when every function is the project's own */
    public static Deployment read(List<TemplateFile> templates, ModuleCode module) {
        return module == null ? read(templates) : read(templates, Map.of(THIS_MODULE, module)).of(THIS_MODULE);
    }

    /**
     * Reads the templates once and shares their functions out among the modules by name, each function to every
     * module whose code it runs, as {@link #read(List, ModuleCode)} decides for one; with no module, every function
     * is the project's own.
     */
    public static ModuleDeployments read(List<TemplateFile> templates, Map<String, ModuleCode> modules) {
        List<ParseProblem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        TemplateContent all = TemplateContent.empty();
        List<Path> templateOf = new ArrayList<>();
        for (TemplateFile template : templates) {
            Optional<TemplateContent> content = content(template, problems, notes)
                    .map(c -> withoutVariants(template, c, all.functions(), notes));
            if (content.isPresent()) {
                content.get().functions().forEach(f -> templateOf.add(template.path()));
                all.addAll(content.get());
                notes.add("read " + template.relativePath() + ": " + count(content.get().functions().size()));
            }
        }
        Deployment unattached = new Deployment(all.functions(), all.resources(), problems);
        List<ModuleDeployments.Owned> functions = new ArrayList<>();
        for (int i = 0; i < all.functions().size(); i++) {
            LambdaFunction function = all.functions().get(i);
            LambdaFunction attached = function.withEvents(all.triggers().stream()
                    .filter(t -> unattached.sameResource(t.function(), function.self()))
                    .map(TemplateContent.PendingTrigger::source).toList());
            FunctionCode code = all.code().stream().filter(c -> c.describes(function)).findFirst().orElse(null);
            Path template = templateOf.get(i);
            Map<String, ModuleCode.Decision> decisions = new LinkedHashMap<>();
            modules.forEach((name, module) -> decisions.put(name, module.decide(function, code, template)));
            if (!modules.isEmpty()) {
                notes.add(function.name() + " (" + function.at() + ") " + ownership(decisions));
            }
            functions.add(new ModuleDeployments.Owned(attached, modules.isEmpty() ? null : decisions.entrySet()
                    .stream().filter(e -> e.getValue().ours()).map(Map.Entry::getKey).toList()));
        }
        return new ModuleDeployments(functions, all.resources(), problems, notes);
    }

    /**
     * A template found under another of a template's names ({@code template-dev.yaml} beside {@code template.yaml})
     * is often a variant of the same app: a function it declares again (same logical id, same handler, same deployed
     * name, or neither name written out) is read once, from the template read first ({@code template.yaml}, then
     * the others by name), so its settings and recorded usage are not judged twice. A variant deployed under its own
     * name ({@code product-api-snapstart} beside {@code product-api-standard}) is a function of its own.
     */
    private static TemplateContent withoutVariants(TemplateFile template, TemplateContent content,
                                                   List<LambdaFunction> read, List<String> notes) {
        if (template.named() || !TemplateFiles.isVariant(template.path().getFileName().toString())) {
            return content;
        }
        List<LambdaFunction> kept = new ArrayList<>();
        for (LambdaFunction function : content.functions()) {
            Optional<LambdaFunction> first = read.stream().filter(f -> sameFunction(f, function)).findFirst();
            if (first.isPresent()) {
                notes.add("skipped " + function.name() + " of " + template.relativePath() + ": " + first.get().at()
                        + " declares it too (same logical id, handler and deployed name), so it is read from there");
            } else {
                kept.add(function);
            }
        }
        return new TemplateContent(kept, content.resources(), content.triggers(), content.code());
    }

    private static boolean sameFunction(LambdaFunction a, LambdaFunction b) {
        if (!a.logicalId().equals(b.logicalId()) || a.handler() == null || b.handler() == null
                || !a.handler().value().equals(b.handler().value())) {
            return false;
        }
        Optional<String> nameA = a.deployedName().value().literal();
        Optional<String> nameB = b.deployedName().value().literal();
        return nameA.equals(nameB);
    }

    /** The debug line's reason: for one module as {@code check} says it, for several naming the modules. */
    private static String ownership(Map<String, ModuleCode.Decision> decisions) {
        if (decisions.size() == 1) {
            ModuleCode.Decision decision = decisions.values().iterator().next();
            return (decision.ours() ? "is this module's code: " : "is another module's code, not judged here: ")
                    + decision.why();
        }
        List<String> owners = decisions.entrySet().stream().filter(e -> e.getValue().ours())
                .map(e -> e.getKey() + " (" + e.getValue().why() + ")").toList();
        return owners.isEmpty() ? "is no analyzed module's code, not judged here"
                : "is the code of " + String.join(", ", owners);
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
