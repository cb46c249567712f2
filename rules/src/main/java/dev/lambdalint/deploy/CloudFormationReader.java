package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CloudFormation or SAM template (also a CDK stack's): {@code AWS::Serverless::Function} (with SAM
 * {@code Globals.Function}) and {@code AWS::Lambda::Function}, every resource with its physical name, and the
 * triggers declared apart from the functions. Defaults where a setting is absent: 128 MB, 3 s, x86_64.
 */
final class CloudFormationReader {
    static final String SAM_FUNCTION = "AWS::Serverless::Function";
    static final String FUNCTION = "AWS::Lambda::Function";

    /** The property that sets a resource's physical name, for the types whose name code may write out. */
    private static final Map<String, String> NAME_PROPERTIES = Map.of(
            "AWS::S3::Bucket", "BucketName", "AWS::SQS::Queue", "QueueName", "AWS::SNS::Topic", "TopicName",
            "AWS::DynamoDB::Table", "TableName", "AWS::Serverless::SimpleTable", "TableName",
            "AWS::Kinesis::Stream", "Name", FUNCTION, "FunctionName", SAM_FUNCTION, "FunctionName",
            "AWS::Events::EventBus", "Name");
    private static final TemplateNode NONE = new TemplateNode.MapNode(Map.of(), Map.of(), new Location("", 1, 1));

    private final TemplateFile file;
    private final TemplateNode root;
    private final Intrinsics intrinsics;

    private CloudFormationReader(TemplateFile file, TemplateNode root, Intrinsics intrinsics) {
        this.file = file;
        this.root = root;
        this.intrinsics = intrinsics;
    }

    static TemplateContent read(TemplateFile file, TemplateNode root, List<ParseProblem> problems) {
        TemplateContent content = TemplateContent.empty();
        Optional<TemplateNode> resources = root.get("Resources");
        if (resources.isEmpty() || !(resources.get() instanceof TemplateNode.MapNode)) {
            // a file found under a template's name that is no template was skipped before: this one is meant to be
            problems.add(new ParseProblem(file.relativePath(), root.at().line(), root.at().column(),
                    "is not a CloudFormation or SAM template (" + notATemplate(root, resources.isPresent())
                            + "), so no function was read from it"));
            return content;
        }
        new CloudFormationReader(file, root, new Intrinsics(file.relativePath(), root, Value.Literal::new))
                .read(resources.get(), content);
        return content;
    }

    /** Why a parsed file is no template: what its top level is, or what its Resources are. */
    static String notATemplate(TemplateNode root, boolean hasResources) {
        if (root instanceof TemplateNode.ListNode) {
            return "its top level is a list, not a mapping";
        }
        if (root instanceof TemplateNode.Scalar) {
            return "its top level is a single value, not a mapping";
        }
        return hasResources ? "its Resources are not a mapping" : "it has no Resources mapping";
    }

    /** The {@code Resources} of another format's embedded CloudFormation (serverless.yml's {@code resources}). */
    static void readResources(TemplateFile file, TemplateNode root, Intrinsics intrinsics, TemplateContent content) {
        root.get("Resources").ifPresent(r -> new CloudFormationReader(file, root, intrinsics).read(r, content));
    }

    private void read(TemplateNode resources, TemplateContent content) {
        for (Map.Entry<String, TemplateNode> entry : resources.fields().entrySet()) {
            String id = entry.getKey();
            String type = entry.getValue().text("Type").orElse("");
            TemplateNode properties = entry.getValue().get("Properties").orElse(NONE);
            Location at = resources.keyAt(id);
            content.resources().add(new CloudResource(file.relativePath(), id, type, physicalName(type, properties),
                    at));
            if (type.equals(SAM_FUNCTION) || type.equals(FUNCTION)) {
                LambdaFunction function = function(id, properties, at, type.equals(SAM_FUNCTION));
                content.functions().add(function);
                code(function, properties, type.equals(SAM_FUNCTION)).ifPresent(content.code()::add);
            }
        }
        StandaloneTriggers.read(resources, file.relativePath(), intrinsics, content.triggers());
    }

    /**
     * Where the function's code is built from: SAM {@code CodeUri} (or the global one), CloudFormation {@code Code}
     * written as a local path (as {@code aws cloudformation package} takes it); relative to the template's folder.
     */
    private Optional<FunctionCode> code(LambdaFunction function, TemplateNode properties, boolean sam) {
        TemplateNode globals = sam ? root.path("Globals", "Function").orElse(NONE) : NONE;
        Setting code = setting(properties, globals, sam ? "CodeUri" : "Code");
        Path folder = file.path().toAbsolutePath().getParent();
        return Optional.ofNullable(code).flatMap(c -> c.value().literal())
                .map(path -> FunctionCode.of(function, folder, path));
    }

    private Value physicalName(String type, TemplateNode properties) {
        String property = NAME_PROPERTIES.get(type);
        Optional<TemplateNode> name = property == null ? Optional.empty() : properties.get(property);
        return name.map(intrinsics::eval).orElse(new Value.Unknown("named by CloudFormation when deployed"));
    }

    private LambdaFunction function(String id, TemplateNode properties, Location at, boolean sam) {
        TemplateNode globals = sam ? root.path("Globals", "Function").orElse(NONE) : NONE;
        Setting name = setting(properties, NONE, "FunctionName");
        if (name == null) {
            String stack = file.stackName() == null ? "<stack name>" : file.stackName();
            name = new Setting(new Value.Unknown("generated by CloudFormation as " + stack + "-" + id
                    + "-<random suffix>"), at, true);
        }
        Setting architecture = firstOf(properties, globals, "Architectures");
        return new LambdaFunction(file.relativePath(), id, id, at, name, setting(properties, globals, "Handler"),
                setting(properties, globals, "Runtime"),
                architecture != null ? architecture : Setting.byDefault("x86_64", at),
                orDefault(setting(properties, globals, "MemorySize"), "128", at),
                orDefault(setting(properties, globals, "Timeout"), "3", at),
                orDefault(setting(properties, globals, "RecursiveLoop"), "Terminate", at),
                orDefault(snapStart(properties, globals), "None", at),
                environment(globals, properties),
                sam ? SamEvents.read(properties.get("Events").orElse(NONE), intrinsics) : List.of());
    }

    /** The function's value of a property, else the SAM global one; null when neither is written. */
    private Setting setting(TemplateNode properties, TemplateNode globals, String key) {
        TemplateNode holder = properties.get(key).isPresent() ? properties : globals;
        return holder.get(key).map(v -> Setting.written(intrinsics.eval(v), holder.keyAt(key))).orElse(null);
    }

    /** {@code SnapStart: {ApplyOn: PublishedVersions}}, the function's own or SAM's global one; null when neither. */
    private Setting snapStart(TemplateNode properties, TemplateNode globals) {
        TemplateNode holder = properties.get("SnapStart").isPresent() ? properties : globals;
        Optional<TemplateNode> snapStart = holder.get("SnapStart");
        if (snapStart.isEmpty()) {
            return null;
        }
        Optional<TemplateNode> applyOn = snapStart.get().get("ApplyOn");
        if (applyOn.isPresent()) {
            return Setting.written(intrinsics.eval(applyOn.get()), snapStart.get().keyAt("ApplyOn"));
        }
        Value whole = snapStart.get().isIntrinsic() ? intrinsics.eval(snapStart.get()) : new Value.Literal("None");
        return Setting.written(whole, holder.keyAt("SnapStart"));
    }

    private Setting firstOf(TemplateNode properties, TemplateNode globals, String key) {
        TemplateNode holder = properties.get(key).isPresent() ? properties : globals;
        return holder.get(key).flatMap(v -> v.items().stream().findFirst())
                .map(v -> Setting.written(intrinsics.eval(v), holder.keyAt(key))).orElse(null);
    }

    private static Setting orDefault(Setting setting, String value, Location at) {
        return setting != null ? setting : Setting.byDefault(value, at);
    }

    /** SAM merges the global variables with the function's own, the function's winning. */
    private Map<String, Setting> environment(TemplateNode globals, TemplateNode properties) {
        Map<String, Setting> variables = new HashMap<>();
        for (TemplateNode holder : List.of(globals, properties)) {
            TemplateNode declared = holder.path("Environment", "Variables").orElse(NONE);
            declared.fields().forEach((key, value) ->
                    variables.put(key, Setting.written(intrinsics.eval(value), declared.keyAt(key))));
        }
        return variables;
    }
}
