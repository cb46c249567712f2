package dev.lambdalint.catalog;

import java.util.List;
import java.util.Map;

/**
 * An SDK call that sends something to an AWS service that can invoke a function: a Lambda invoke, an S3 write, an
 * SQS send, an SNS publish, a DynamoDB write, a Kinesis put, an EventBridge put.
 *
 * @param service           "lambda", "s3", "sqs", "sns", "dynamodb", "kinesis" or "eventbridge"
 * @param s3Event           the S3 event type it causes ("s3:ObjectCreated:Put"); null for any ObjectCreated event
 * @param loopDetected      whether Lambda's recursive loop detection stops a loop through it (after about 16 calls)
 * @param clientTypes       globs of the types the call is made on
 * @param methods           the calls, each with the IAM action it performs, for messages ("s3:PutObject")
 * @param target            request properties naming the target (builder {@code bucket(..)}, v1 {@code withBucketName}
 *                          and {@code setBucketName} for "bucketName")
 * @param key               request properties naming the S3 object key
 * @param positional        where SDK v1 overloads take the target and key as plain arguments, also the request
 *                          constructors listed in {@code requestTypes}; null for none
 * @param requestTypes      simple names of request classes whose constructors take the positional arguments
 * @param receiverFactories calls that made the receiver for a target (an enhanced client's {@code table(name, ..)}):
 *                          their first argument is the target
 * @param eventSource       request properties giving an EventBridge entry's source
 * @param eventDetailType   request properties giving an EventBridge entry's detail-type
 */
public record ServiceWrite(String service, String s3Event, boolean loopDetected, List<String> clientTypes,
                           Map<String, String> methods, List<String> target, List<String> key,
                           Positional positional, List<String> requestTypes, List<String> receiverFactories,
                           List<String> eventSource, List<String> eventDetailType) {

    /** Plain argument positions: {@code arity} is the least argument count of the overloads that take them. */
    public record Positional(int arity, int target, int key) {
    }

    public ServiceWrite {
        clientTypes = Copies.listOrEmpty(clientTypes);
        methods = Copies.mapOrEmpty(methods);
        target = Copies.listOrEmpty(target);
        key = Copies.listOrEmpty(key);
        requestTypes = Copies.listOrEmpty(requestTypes);
        receiverFactories = Copies.listOrEmpty(receiverFactories);
        eventSource = Copies.listOrEmpty(eventSource);
        eventDetailType = Copies.listOrEmpty(eventDetailType);
    }

    /** The IAM action of a call, "s3:PutObject" for putObject. */
    public String action(String method) {
        return methods.getOrDefault(method, service + ":" + method);
    }

    public boolean coversType(String type) {
        return TypePattern.anyMatches(clientTypes, type);
    }

    /** The method names that set one of the properties: {@code bucket}, {@code withBucket}, {@code setBucket}. */
    public static List<String> setters(List<String> properties) {
        return properties.stream().flatMap(p -> {
            String capitalized = Character.toUpperCase(p.charAt(0)) + p.substring(1);
            return java.util.stream.Stream.of(p, "with" + capitalized, "set" + capitalized);
        }).toList();
    }
}
