package dev.lambdalint.deploy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What lambda-lint knows of the AWS CDK's Java types, as data: the constructs that deploy a function or a resource
 * code may write to (with the property naming it), the imports of existing resources, the event sources, and how
 * a type written in a source file resolves through its imports to one of them.
 */
final class CdkTypes {
    static final String LAMBDA = "software.amazon.awscdk.services.lambda.";
    static final String FUNCTION = LAMBDA + "Function";
    static final String FUNCTION_PROPS = LAMBDA + "FunctionProps";
    static final String EVENT_SOURCES = LAMBDA + "eventsources.";
    static final String S3_DESTINATION = "software.amazon.awscdk.services.s3.notifications.LambdaDestination";
    static final String SNS_SUBSCRIPTION = "software.amazon.awscdk.services.sns.subscriptions.LambdaSubscription";
    static final String NOTIFICATION_KEY_FILTER = "software.amazon.awscdk.services.s3.NotificationKeyFilter";

    /** A resource construct: its CloudFormation type and the property that sets its physical name. */
    record ResourceType(String cloudFormationType, String nameProperty) {
    }

    static final Map<String, ResourceType> RESOURCES = Map.of(
            "software.amazon.awscdk.services.sqs.Queue", new ResourceType("AWS::SQS::Queue", "queueName"),
            "software.amazon.awscdk.services.s3.Bucket", new ResourceType("AWS::S3::Bucket", "bucketName"),
            "software.amazon.awscdk.services.sns.Topic", new ResourceType("AWS::SNS::Topic", "topicName"),
            "software.amazon.awscdk.services.dynamodb.Table", new ResourceType("AWS::DynamoDB::Table", "tableName"),
            "software.amazon.awscdk.services.dynamodb.TableV2",
            new ResourceType("AWS::DynamoDB::GlobalTable", "tableName"),
            "software.amazon.awscdk.services.kinesis.Stream", new ResourceType("AWS::Kinesis::Stream", "streamName"),
            "software.amazon.awscdk.services.events.EventBus", new ResourceType("AWS::Events::EventBus", "eventBusName"),
            FUNCTION, new ResourceType(CloudFormationReader.FUNCTION, "functionName"));

    /** Static methods importing an existing resource, {@code Queue.fromQueueArn(this, "Id", arn)}: arg 2 names it. */
    static final Set<String> IMPORTS = Set.of("fromQueueArn", "fromBucketName", "fromBucketArn", "fromTopicArn",
            "fromTableName", "fromTableArn", "fromStreamArn", "fromFunctionName", "fromFunctionArn",
            "fromEventBusName", "fromEventBusArn");

    /** The event sources of {@code software.amazon.awscdk.services.lambda.eventsources}, by simple name. */
    static final Map<String, TriggerKind> EVENT_SOURCE_KINDS = Map.of(
            "SqsEventSource", TriggerKind.SQS, "SnsEventSource", TriggerKind.SNS, "S3EventSource", TriggerKind.S3,
            "S3EventSourceV2", TriggerKind.S3, "DynamoEventSource", TriggerKind.DYNAMODB,
            "KinesisEventSource", TriggerKind.KINESIS);

    /** The properties of an event source that choose which messages invoke the function. */
    static final Set<String> FILTER_PROPERTIES = Set.of("filters", "filterPolicy", "filterPolicyWithMessageBody");

    private CdkTypes() {
    }

    /**
     * The fully qualified name of a type written in the file ({@code Function}, {@code lambda.Function} is not
     * Java, so: a simple name, or a qualified one): through a single-type import, an on-demand import of a CDK
     * package that has the type, or as written when qualified; empty when it is not a CDK type lambda-lint knows.
     */
    static Optional<String> resolve(CompilationUnit unit, String written) {
        if (written.startsWith("software.amazon.awscdk.")) {
            return Optional.of(written);
        }
        String simple = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
        String rest = written.substring(simple.length());
        // a single-type import shadows every on-demand one, as in Java
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            if (!declaration.isStatic() && !declaration.isAsterisk() && name.endsWith("." + simple)) {
                return name.startsWith("software.amazon.awscdk.") ? Optional.of(name + rest) : Optional.empty();
            }
        }
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString() + "." + simple + rest;
            if (!declaration.isStatic() && declaration.isAsterisk() && known(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static boolean known(String name) {
        return RESOURCES.containsKey(name) || name.equals(FUNCTION_PROPS) || name.equals(S3_DESTINATION)
                || name.equals(SNS_SUBSCRIPTION) || name.equals(NOTIFICATION_KEY_FILTER)
                || name.startsWith(EVENT_SOURCES) && EVENT_SOURCE_KINDS.containsKey(name.substring(EVENT_SOURCES.length()));
    }

    /** {@code Runtime.JAVA_21} as the runtime's identifier, {@code java21}; {@code PYTHON_3_12}: {@code python3.12}. */
    static String runtime(String constant) {
        if (constant.equals("JAVA_8_CORRETTO")) {
            return "java8.al2";
        }
        String[] parts = constant.toLowerCase(java.util.Locale.ROOT).split("_");
        if (parts[0].equals("provided")) {
            return String.join(".", parts);
        }
        StringBuilder id = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            id.append(i == 1 ? "" : ".").append(parts[i]);
        }
        return id.toString();
    }

    /** {@code EventType.OBJECT_CREATED_PUT} as S3 names it, {@code s3:ObjectCreated:Put}; a family ends in *. */
    static String s3Event(String constant) {
        String[] words = constant.split("_");
        if (words.length < 2) {
            return "s3:" + camel(words, 0, words.length) + ":*";
        }
        String family = camel(words, 0, 2);
        return "s3:" + family + ":" + (words.length == 2 ? "*" : camel(words, 2, words.length));
    }

    private static String camel(String[] words, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            String word = words[i].toLowerCase(java.util.Locale.ROOT);
            text.append(word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return text.toString();
    }
}
