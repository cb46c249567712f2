package dev.lambdalint.deploy;

import static dev.lambdalint.deploy.Templates.assertLiteral;
import static dev.lambdalint.deploy.Templates.assertUnknown;
import static dev.lambdalint.deploy.Templates.env;
import static dev.lambdalint.deploy.Templates.function;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serverless.yml: provider defaults, variables and their fallbacks, deployed names, events, resources. */
class ServerlessReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsFunctionsWithProviderDefaultsAndResolvedVariables() {
        Templates.write(dir, "serverless.yml", """
                service: media
                custom:
                  bucket: ${self:service}-${sls:stage}-uploads
                  region: ${opt:region}
                provider:
                  name: aws
                  runtime: java17
                  stage: ${opt:stage, 'dev'}
                  memorySize: 2048
                  environment:
                    BUCKET: ${self:custom.bucket}
                    TABLE: ${env:TABLE_NAME, "orders"}
                    REGION: ${self:custom.region}
                    SECRET: ${ssm:/acme/secret}
                    NESTED: ${opt:missing, ${self:custom.bucket}}
                    QUEUE: !Ref JobsQueue
                functions:
                  transcode:
                    handler: com.acme.media.Transcode
                    timeout: 30
                    environment:
                      BUCKET: own-bucket
                  resize-image:
                    handler: com.acme.media.Resize::resize
                    name: resizer
                    memorySize: 512
                resources:
                  Resources:
                    JobsQueue:
                      Type: AWS::SQS::Queue
                      Properties:
                        QueueName: ${self:service}-jobs
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        LambdaFunction transcode = function(deployment, "transcode");
        assertEquals("TranscodeLambdaFunction", transcode.logicalId());
        assertLiteral("media-dev-transcode", transcode.deployedName().value());
        assertLiteral("2048", transcode.memoryMb().value());
        assertLiteral("30", transcode.timeoutSeconds().value());
        assertLiteral("java17", transcode.runtime().value());
        assertLiteral("own-bucket", env(transcode, "BUCKET"));
        assertLiteral("orders", env(transcode, "TABLE"));
        assertLiteral("media-dev-uploads", env(transcode, "NESTED"));
        assertUnknown(env(transcode, "REGION"));
        assertUnknown(env(transcode, "SECRET"));
        Value queue = env(transcode, "QUEUE");
        assertEquals("JobsQueue", ((Value.ResourceRef) queue).logicalId());
        assertTrue(deployment.sameResource(queue, new Value.Literal("arn:aws:sqs:eu-west-1:1:media-jobs")));
        assertEquals(new Location("serverless.yml", 20, 5), transcode.timeoutSeconds().at());

        LambdaFunction resize = function(deployment, "resize-image");
        assertEquals("ResizeDashimageLambdaFunction", resize.logicalId());
        assertLiteral("resizer", resize.deployedName().value());
        assertLiteral("512", resize.memoryMb().value());
        assertEquals(new HandlerName("com.acme.media.Resize", "resize"), resize.handlerName().orElseThrow());
    }

    @Test
    void frameworkDefaultsWhenTheProviderSetsNothing() {
        Templates.write(dir, "serverless.yaml", """
                service: {name: tiny}
                provider: {name: aws, runtime: java21}
                functions:
                  hello: {handler: com.acme.Hello}
                """);
        LambdaFunction hello = function(Templates.read(dir), "hello");
        assertLiteral("1024", hello.memoryMb().value());
        assertLiteral("6", hello.timeoutSeconds().value());
        assertLiteral("x86_64", hello.architecture().value());
        assertTrue(hello.memoryMb().defaulted());
        assertLiteral("tiny-dev-hello", hello.deployedName().value());
    }

    @Test
    void readsSnapStartOfEachFunction() {
        Templates.write(dir, "serverless.yml", """
                service: snappy
                custom: {snap: true}
                provider: {name: aws, runtime: java21}
                functions:
                  fast:
                    handler: com.acme.Fast
                    snapStart: true
                  fromVariable:
                    handler: com.acme.Var
                    snapStart: ${self:custom.snap}
                  off: {handler: com.acme.Off, snapStart: false}
                  unset: {handler: com.acme.Unset}
                """);
        Deployment deployment = Templates.read(dir);
        LambdaFunction fast = function(deployment, "fast");
        assertTrue(fast.snapStartOn());
        assertEquals(new Location("serverless.yml", 7, 5), fast.snapStart().at());
        assertTrue(function(deployment, "fromVariable").snapStartOn());
        assertFalse(function(deployment, "off").snapStartOn());
        LambdaFunction unset = function(deployment, "unset");
        assertFalse(unset.snapStartOn());
        assertTrue(unset.snapStart().defaulted());
    }

    @Test
    void aStageKnownOnlyAtDeployTimeLeavesTheNameUnknown() {
        Templates.write(dir, "serverless.yml", """
                service: svc
                provider: {name: aws, stage: "${opt:stage}"}
                functions:
                  f: {handler: com.acme.F}
                """);
        assertUnknown(function(Templates.read(dir), "f").deployedName().value());
    }

    @Test
    void readsEvents() {
        Templates.write(dir, "serverless.yml", """
                service: shop
                provider: {name: aws}
                functions:
                  f:
                    handler: com.acme.F
                    events:
                      - s3:
                          bucket: shop-photos
                          event: s3:ObjectCreated:Put
                          rules:
                            - prefix: uploads/
                            - suffix: .jpg
                      - s3: shop-docs
                      - sqs: arn:aws:sqs:eu-west-1:123456789012:orders
                      - sqs:
                          arn: !GetAtt Jobs.Arn
                          filterPatterns: [{body: {kind: [a]}}]
                      - sns: alerts
                      - stream:
                          type: dynamodb
                          arn: {"Fn::GetAtt": [Table, StreamArn]}
                      - stream: arn:aws:kinesis:eu-west-1:123456789012:stream/clicks
                      - eventBridge:
                          pattern: {source: [shop.orders]}
                      - schedule: rate(1 hour)
                      - httpApi: 'GET /hello'
                resources:
                  Resources:
                    Jobs: {Type: AWS::SQS::Queue}
                    Table: {Type: AWS::DynamoDB::Table}
                """);
        List<EventSource> events = function(Templates.read(dir), "f").events();
        assertEquals(List.of(TriggerKind.S3, TriggerKind.S3, TriggerKind.SQS, TriggerKind.SQS, TriggerKind.SNS,
                TriggerKind.DYNAMODB, TriggerKind.KINESIS, TriggerKind.EVENTBRIDGE, TriggerKind.SCHEDULE,
                TriggerKind.API), events.stream().map(EventSource::kind).toList());
        EventSource photos = events.get(0);
        assertLiteral("shop-photos", photos.resource());
        assertEquals("uploads/", photos.keyPrefix());
        assertEquals(".jpg", photos.keySuffix());
        assertEquals(List.of("s3:ObjectCreated:Put"), photos.s3Events());
        assertEquals(new Location("serverless.yml", 7, 9), photos.at());
        assertEquals(List.of("s3:ObjectCreated:*"), events.get(1).s3Events());
        assertTrue(events.get(3).filtered());
        assertEquals("Jobs", ((Value.ResourceRef) events.get(3).resource()).logicalId());
        assertLiteral("alerts", events.get(4).resource());
    }

    @Test
    void aFileWithoutServiceIsSkippedWhenFoundAndAProblemWhenNamed() {
        Templates.write(dir, "serverless.yml", "provider: {name: aws}\n");
        Deployment found = Templates.read(dir);
        assertEquals(List.of(), found.problems());
        assertTrue(found.notes().contains("skipped serverless.yml: not a deployment template (it has no service)"),
                found.notes().toString());
        Deployment named = Templates.read(dir, Path.of("serverless.yml"));
        assertEquals(1, named.problems().size());
        assertTrue(named.problems().get(0).message().contains("no service"));
    }

    @Test
    void aServiceWithoutFunctionsIsSkipped() {
        Templates.write(dir, "serverless.yml", "service: assets\nresources: {Resources: {}}\n");
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        assertTrue(deployment.notes().contains("skipped serverless.yml: not a deployment template (it declares no "
                + "functions)"), deployment.notes().toString());
    }
}
