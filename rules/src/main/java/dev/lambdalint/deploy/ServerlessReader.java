package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Serverless Framework {@code serverless.yml}: each entry of {@code functions} with the provider's
 * defaults (1024 MB, 6 s, x86_64 when the provider sets none), variables resolved, the deployed name
 * {@code <service>-<stage>-<function>} (stage "dev" by default), and the CloudFormation {@code resources}.
 */
final class ServerlessReader {
    private static final TemplateNode NONE = new TemplateNode.MapNode(Map.of(), Map.of(), new Location("", 1, 1));

    private final TemplateFile file;
    private final TemplateNode root;
    private final ServerlessVariables variables;
    private final Intrinsics intrinsics;
    private final TemplateNode provider;

    private ServerlessReader(TemplateFile file, TemplateNode root) {
        this.file = file;
        this.root = root;
        this.variables = new ServerlessVariables(root);
        this.intrinsics = new Intrinsics(file.relativePath(), root.get("resources").orElse(NONE), variables::resolve);
        this.provider = root.get("provider").orElse(NONE);
    }

    static TemplateContent read(TemplateFile file, TemplateNode root, List<ParseProblem> problems) {
        TemplateContent content = TemplateContent.empty();
        if (root.get("service").isEmpty()) {
            problems.add(new ParseProblem(file.relativePath(), root.at().line(), root.at().column(),
                    "is not a Serverless Framework configuration (" + (root instanceof TemplateNode.MapNode
                            ? "it has no service" : CloudFormationReader.notATemplate(root, false))
                            + "), so no function was read from it"));
            return content;
        }
        new ServerlessReader(file, root).read(content, problems);
        return content;
    }

    private void read(TemplateContent content, List<ParseProblem> problems) {
        CloudFormationReader.readResources(file, root.get("resources").orElse(NONE), intrinsics, content);
        TemplateNode functions = root.get("functions").orElse(NONE);
        // the functions are a mapping, or a list of mappings and of files (${file(./more-functions.yml)})
        for (TemplateNode part : functions instanceof TemplateNode.ListNode ? functions.items() : List.of(functions)) {
            Optional<String> elsewhere = unresolved(part);
            if (elsewhere.isPresent()) {
                problems.add(new ParseProblem(file.relativePath(), part.at().line(), part.at().column(),
                        "functions are " + elsewhere.get() + ", so they were not analyzed"));
            }
            for (Map.Entry<String, TemplateNode> entry : part.fields().entrySet()) {
                LambdaFunction function = function(entry.getKey(), entry.getValue(), part.keyAt(entry.getKey()));
                content.functions().add(function);
                code(function, entry.getValue()).ifPresent(content.code()::add);
                content.resources().add(new CloudResource(file.relativePath(), function.logicalId(),
                        CloudFormationReader.FUNCTION, function.deployedName().value(), function.at()));
            }
        }
    }

    /** The function's {@code package.artifact}, else the service's, relative to serverless.yml's folder. */
    private Optional<FunctionCode> code(LambdaFunction function, TemplateNode declared) {
        Optional<TemplateNode> artifact = declared.path("package", "artifact")
                .or(() -> root.path("package", "artifact"));
        Path folder = file.path().toAbsolutePath().getParent();
        return artifact.flatMap(a -> intrinsics.eval(a).literal()).map(path -> FunctionCode.of(function, folder, path));
    }

    /**
     * Why a section written as a single value instead of a mapping ({@code provider: ${file(./provider.yml)}}) is
     * known only at deploy time; empty for a mapping, or nothing written at all.
     */
    private Optional<String> unresolved(TemplateNode section) {
        if (!(section instanceof TemplateNode.Scalar scalar) || scalar.value() == null) {
            return Optional.empty();
        }
        return Optional.of(variables.resolve(scalar.value()) instanceof Value.Unknown
                ? "declared in " + scalar.value() + ", which lambda-lint does not follow: it is resolved only at "
                + "deploy time"
                : "written as the single value " + scalar.value() + ", not a mapping");
    }

    private LambdaFunction function(String key, TemplateNode function, Location at) {
        Optional<String> elsewhere = unresolved(function);
        if (elsewhere.isPresent()) {
            Setting unknown = Setting.written(new Value.Unknown("the function is " + elsewhere.get()),
                    function.at());
            return new LambdaFunction(file.relativePath(), logicalId(key), key, at, unknown, unknown, unknown, unknown,
                    unknown, unknown, Setting.byDefault("Terminate", at), unknown, Map.of(), List.of());
        }
        return new LambdaFunction(file.relativePath(), logicalId(key), key, at, deployedName(key, function, at),
                setting(function, "handler", null, at), setting(function, "runtime", null, at),
                setting(function, "architecture", "x86_64", at), setting(function, "memorySize", "1024", at),
                setting(function, "timeout", "6", at), Setting.byDefault("Terminate", at), snapStart(function, at),
                environment(function),
                ServerlessEvents.read(function.get("events").orElse(NONE), intrinsics));
    }

    /** {@code snapStart: true} is a setting of each function; the provider has none. */
    private Setting snapStart(TemplateNode function, Location at) {
        return function.get("snapStart").map(v -> Setting.written(intrinsics.eval(v), function.keyAt("snapStart")))
                .orElse(Setting.byDefault("false", at));
    }

    private Setting deployedName(String key, TemplateNode function, Location at) {
        Optional<TemplateNode> explicit = function.get("name");
        if (explicit.isPresent()) {
            return Setting.written(intrinsics.eval(explicit.get()), function.keyAt("name"));
        }
        TemplateNode serviceNode = root.get("service").get();
        Value service = intrinsics.eval(serviceNode.get("name").orElse(serviceNode));
        Value stage = variables.stage();
        if (service instanceof Value.Literal s && stage instanceof Value.Literal st) {
            return new Setting(new Value.Literal(s.text() + "-" + st.text() + "-" + key), at, true);
        }
        return new Setting(new Value.Unknown("<service>-<stage>-" + key + ", with a service or stage known only at "
                + "deploy time"), at, true);
    }

    /** The function's own value, else the provider's, else the framework's default (null for none). */
    private Setting setting(TemplateNode function, String key, String fallback, Location at) {
        TemplateNode holder = function.get(key).isPresent() ? function : provider;
        Optional<String> providerElsewhere = holder == provider ? unresolved(provider) : Optional.empty();
        if (providerElsewhere.isPresent()) {
            return Setting.written(new Value.Unknown("the provider is " + providerElsewhere.get()), provider.at());
        }
        return holder.get(key).map(v -> Setting.written(intrinsics.eval(v), holder.keyAt(key)))
                .orElse(fallback == null ? null : Setting.byDefault(fallback, at));
    }

    private Map<String, Setting> environment(TemplateNode function) {
        Map<String, Setting> environment = new HashMap<>();
        for (TemplateNode holder : List.of(provider, function)) {
            TemplateNode declared = holder.get("environment").orElse(NONE);
            declared.fields().forEach((name, value) ->
                    environment.put(name, Setting.written(intrinsics.eval(value), declared.keyAt(name))));
        }
        return environment;
    }

    /** The logical id the framework gives a function: "thumbnail-v2" becomes "ThumbnailDashv2LambdaFunction". */
    static String logicalId(String key) {
        String normalized = key.replace("-", "Dash").replace("_", "Underscore");
        return (normalized.isEmpty() ? "" : Character.toUpperCase(normalized.charAt(0)) + normalized.substring(1))
                + "LambdaFunction";
    }
}
