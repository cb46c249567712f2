package dev.lambdalint.deploy;

import static dev.lambdalint.deploy.Templates.assertLiteral;
import static dev.lambdalint.deploy.Templates.assertUnknown;
import static dev.lambdalint.deploy.Templates.env;
import static dev.lambdalint.deploy.Templates.function;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.source.ParseProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SAM and CloudFormation: functions, Globals, parameters, intrinsics in both forms, triggers, defaults, lines. */
class CloudFormationReaderTest {
    private static final String SAM = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage:
                Type: String
                Default: prod
              Secret:
                Type: String
              FromSsm:
                Type: AWS::SSM::Parameter::Value<String>
                Default: /acme/queue
            Mappings:
              Sizes:
                prod:
                  memory: 3008
            Globals:
              Function:
                Runtime: java21
                Timeout: 20
                Environment:
                  Variables:
                    SHARED: global
                    OVERRIDDEN: global
            Resources:
              Jobs:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: com.acme.Jobs::nightly
                  MemorySize: !FindInMap [Sizes, !Ref Stage, memory]
                  Architectures: [arm64]
                  Environment:
                    Variables:
                      OVERRIDDEN: own
                      SELF: !Ref Jobs
                      SELF_ARN: !GetAtt Jobs.Arn
                      NAME: !Sub "${Stage}-jobs"
                      QUEUE: !Sub "${Queue.QueueName}"
                      JOINED: !Join ["-", [acme, !Ref Stage]]
                      PICKED: !Select [1, !Split [",", "a,b,c"]]
                      REGIONAL: !Sub "jobs-${AWS::Region}"
                      IMPORTED: !ImportValue SharedQueue
                      SECRET: !Ref Secret
                      SSM: !Ref FromSsm
                      CHOSEN: !If [IsProd, a, b]
                      SAME: !If [IsProd, same, same]
                  Events:
                    Upload:
                      Type: S3
                      Properties:
                        Bucket: !Ref Uploads
                        Events: s3:ObjectCreated:*
                        Filter:
                          S3Key:
                            Rules:
                              - Name: prefix
                                Value: in/
                              - Name: Suffix
                                Value: .csv
                    Work:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Queue.Arn
                    Changes:
                      Type: DynamoDB
                      Properties:
                        Stream: !GetAtt Table.StreamArn
                        FilterCriteria:
                          Filters: [{Pattern: '{"eventName": ["INSERT"]}'}]
                    Clicks:
                      Type: Kinesis
                      Properties:
                        Stream: !GetAtt Clicks.Arn
                    Alerts:
                      Type: SNS
                      Properties:
                        Topic: !Ref Topic
                    Billing:
                      Type: EventBridgeRule
                      Properties:
                        Pattern:
                          source: [com.acme]
                    Nightly:
                      Type: Schedule
                      Properties:
                        Schedule: rate(1 day)
                    Http:
                      Type: HttpApi
              Plain:
                Type: AWS::Lambda::Function
                Properties:
                  FunctionName: plain-fn
                  Handler: com.acme.Plain
                  Runtime: java17
                  Code: {ZipFile: x}
                  Role: arn:aws:iam::1:role/r
              Uploads:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "${Stage}-uploads"
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  QueueName: jobs
              Table:
                Type: AWS::DynamoDB::Table
              Clicks:
                Type: AWS::Kinesis::Stream
              Topic:
                Type: AWS::SNS::Topic
            """;

    @TempDir
    Path dir;

    @Test
    void readsSamFunctionsWithGlobalsDefaultsAndLines() {
        Templates.write(dir, "template.yaml", SAM);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        LambdaFunction jobs = function(deployment, "Jobs");
        assertEquals(new HandlerName("com.acme.Jobs", "nightly"), jobs.handlerName().orElseThrow());
        assertLiteral("java21", jobs.runtime().value());
        assertEquals(new Location("template.yaml", 18, 5), jobs.runtime().at()); // from Globals
        assertLiteral("20", jobs.timeoutSeconds().value());
        assertLiteral("3008", jobs.memoryMb().value());
        assertEquals(29, jobs.memoryMb().at().line());
        assertLiteral("arm64", jobs.architecture().value());
        assertLiteral("Terminate", jobs.recursiveLoop().value());
        assertTrue(jobs.recursiveLoop().defaulted());
        assertTrue(jobs.deployedName().value() instanceof Value.Unknown u && u.reason().contains("<stack name>-Jobs-"),
                jobs.deployedName().toString());
        assertLiteral("global", env(jobs, "SHARED"));
        assertLiteral("own", env(jobs, "OVERRIDDEN"));
        assertEquals(34, jobs.environment().get("SELF").at().line());

        LambdaFunction plain = function(deployment, "Plain");
        assertLiteral("128", plain.memoryMb().value());
        assertTrue(plain.memoryMb().defaulted());
        assertLiteral("3", plain.timeoutSeconds().value());
        assertLiteral("x86_64", plain.architecture().value());
        assertLiteral("plain-fn", plain.deployedName().value());
        assertEquals(new HandlerName("com.acme.Plain", "handleRequest"), plain.handlerName().orElseThrow());
    }

    @Test
    void resolvesIntrinsicsAndCarriesTheRestAsUnknown() {
        Templates.write(dir, "template.yaml", SAM);
        LambdaFunction jobs = function(Templates.read(dir), "Jobs");
        assertEquals(new Value.ResourceRef("template.yaml", "Jobs", "AWS::Serverless::Function", null),
                env(jobs, "SELF"));
        assertEquals(new Value.ResourceRef("template.yaml", "Jobs", "AWS::Serverless::Function", "Arn"),
                env(jobs, "SELF_ARN"));
        assertEquals(new Value.ResourceRef("template.yaml", "Queue", "AWS::SQS::Queue", "QueueName"),
                env(jobs, "QUEUE"));
        assertLiteral("prod-jobs", env(jobs, "NAME"));
        assertLiteral("acme-prod", env(jobs, "JOINED"));
        assertLiteral("b", env(jobs, "PICKED"));
        assertLiteral("same", env(jobs, "SAME"));
        for (String unknown : List.of("REGIONAL", "IMPORTED", "SECRET", "SSM", "CHOSEN")) {
            assertUnknown(env(jobs, unknown));
        }
    }

    @Test
    void readsSamEventsOfEveryKind() {
        Templates.write(dir, "template.yaml", SAM);
        Deployment deployment = Templates.read(dir);
        Map<String, EventSource> events = new TreeMap<>();
        function(deployment, "Jobs").events().forEach(e -> events.put(e.name(), e));

        EventSource upload = events.get("Upload");
        assertEquals(TriggerKind.S3, upload.kind());
        assertEquals(List.of("s3:ObjectCreated:*"), upload.s3Events());
        assertEquals("in/", upload.keyPrefix());
        assertEquals(".csv", upload.keySuffix());
        assertEquals(Value.Literal.class, deployment.resource((Value.ResourceRef) upload.resource()).orElseThrow()
                .physicalName().getClass());
        assertTrue(deployment.sameResource(upload.resource(), new Value.Literal("prod-uploads")));
        assertTrue(deployment.sameResource(events.get("Work").resource(),
                new Value.Literal("https://sqs.eu-west-1.amazonaws.com/123456789012/jobs")));
        assertEquals(TriggerKind.SQS, events.get("Work").kind());
        assertEquals(TriggerKind.DYNAMODB, events.get("Changes").kind());
        assertTrue(events.get("Changes").filtered());
        assertEquals(TriggerKind.KINESIS, events.get("Clicks").kind());
        assertEquals(TriggerKind.SNS, events.get("Alerts").kind());
        assertEquals(TriggerKind.EVENTBRIDGE, events.get("Billing").kind());
        assertEquals("com.acme", events.get("Billing").pattern().path("source").orElseThrow().items().get(0)
                .text().orElseThrow());
        assertNull(events.get("Billing").eventBus());
        assertEquals(TriggerKind.SCHEDULE, events.get("Nightly").kind());
        assertEquals(TriggerKind.API, events.get("Http").kind());
        assertEquals(47, upload.at().line());
    }

    @Test
    void longFormJsonReadsLikeTheShortFormYaml() {
        Templates.write(dir, "template.yaml", """
                Parameters: {Stage: {Type: String, Default: prod}}
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: com.acme.Fn
                      FunctionName: !Sub "${Stage}-fn"
                      Environment:
                        Variables:
                          Q: !GetAtt Queue.Arn
                          J: !Join ["", [!Ref Stage, "-", !Select [0, [x, y]]]]
                  Queue: {Type: AWS::SQS::Queue}
                """);
        Templates.write(dir, "other/template.json", """
                {"Parameters": {"Stage": {"Type": "String", "Default": "prod"}},
                 "Resources": {
                   "Fn": {"Type": "AWS::Lambda::Function", "Properties": {
                     "Handler": "com.acme.Fn",
                     "FunctionName": {"Fn::Sub": "${Stage}-fn"},
                     "Environment": {"Variables": {
                       "Q": {"Fn::GetAtt": ["Queue", "Arn"]},
                       "J": {"Fn::Join": ["", [{"Ref": "Stage"}, "-", {"Fn::Select": ["0", ["x", "y"]]}]]}}}}},
                   "Queue": {"Type": "AWS::SQS::Queue"}}}
                """);
        LambdaFunction yaml = function(Templates.read(dir), "Fn");
        LambdaFunction json = function(Templates.read(dir, dir.resolve("other")), "Fn");
        assertEquals(yaml.deployedName().value(), json.deployedName().value());
        assertLiteral("prod-fn", json.deployedName().value());
        assertLiteral("prod-x", json.environment().get("J").value());
        assertEquals(yaml.environment().get("J").value(), json.environment().get("J").value());
        assertEquals("Queue", ((Value.ResourceRef) json.environment().get("Q").value()).logicalId());
        assertEquals("Arn", ((Value.ResourceRef) yaml.environment().get("Q").value()).attribute());
    }

    @Test
    void attachesTriggersDeclaredApartFromTheFunction() {
        Templates.write(dir, "template.yaml", """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: com.acme.Fn, FunctionName: worker}
                  Queue: {Type: AWS::SQS::Queue}
                  Mapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties: {FunctionName: !Ref Fn, EventSourceArn: !GetAtt Queue.Arn}
                  StreamMapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: arn:aws:lambda:eu-west-1:123456789012:function:worker
                      EventSourceArn: arn:aws:kinesis:eu-west-1:123456789012:stream/clicks
                      FilterCriteria: {Filters: []}
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      Subscription: [{Protocol: lambda, Endpoint: !GetAtt Fn.Arn}]
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      NotificationConfiguration:
                        LambdaConfigurations:
                          - Event: s3:ObjectCreated:Put
                            Function: !GetAtt Fn.Arn
                            Filter: {S3Key: {Rules: [{Name: prefix, Value: raw/}]}}
                  Rule:
                    Type: AWS::Events::Rule
                    Properties:
                      EventBusName: orders
                      EventPattern: {source: [com.acme.orders]}
                      Targets: [{Arn: !GetAtt Fn.Arn, Id: fn}]
                  Other:
                    Type: AWS::SNS::Subscription
                    Properties: {Protocol: sqs, Endpoint: !GetAtt Queue.Arn, TopicArn: !Ref Topic}
                """);
        List<EventSource> events = function(Templates.read(dir), "Fn").events();
        assertEquals(List.of("Mapping", "StreamMapping", "Topic", "Bucket", "Rule"),
                events.stream().map(EventSource::name).toList());
        assertEquals(List.of(TriggerKind.SQS, TriggerKind.KINESIS, TriggerKind.SNS, TriggerKind.S3,
                TriggerKind.EVENTBRIDGE), events.stream().map(EventSource::kind).toList());
        assertTrue(events.get(1).filtered());
        assertEquals("raw/", events.get(3).keyPrefix());
        assertEquals(List.of("s3:ObjectCreated:Put"), events.get(3).s3Events());
        assertLiteral("orders", events.get(4).eventBus());
    }

    @Test
    void aTemplateWithoutResourcesIsAProblemAndFilesThatAreNoTemplateAreSkipped() {
        Templates.write(dir, "template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nDescription: nothing here\n");
        Templates.write(dir, "notes.template.json", "{\"kind\": \"something else\"}");
        Templates.write(dir, "template.json", "{\"openapi\": \"3.0.1\", \"paths\": {}}");
        Deployment deployment = Templates.read(dir);
        assertEquals(1, deployment.problems().size(), deployment.problems().toString());
        assertEquals("template.yaml", deployment.problems().get(0).relativePath());
        assertTrue(deployment.problems().get(0).message().contains("no Resources"));
        for (String skipped : List.of("template.json", "notes.template.json")) {
            assertTrue(deployment.notes().contains("skipped " + skipped + ": not a deployment template (it has no "
                    + "Resources, AWSTemplateFormatVersion or Transform at its top level)"), deployment.notes()
                    .toString());
        }
    }

    @Test
    void aNamedFileThatIsNoTemplateIsAProblem() {
        Templates.write(dir, "api/template.json", "{\"openapi\": \"3.0.1\", \"paths\": {}}");
        Deployment deployment = Templates.read(dir, Path.of("api/template.json"));
        assertEquals(List.of("is not a CloudFormation or SAM template (it has no Resources mapping), so no function "
                + "was read from it"), deployment.problems().stream().map(ParseProblem::message).toList());
    }

    @Test
    void readsSnapStartFromTheFunctionAndFromSamGlobals() {
        Templates.write(dir, "template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Parameters: {Snap: {Type: String}}
                Globals:
                  Function:
                    Runtime: java21
                    SnapStart:
                      ApplyOn: PublishedVersions
                Resources:
                  Inherits: {Type: AWS::Serverless::Function, Properties: {Handler: com.acme.A}}
                  OptsOut:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.acme.B
                      SnapStart: {ApplyOn: None}
                  Plain:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: com.acme.C
                      SnapStart:
                        ApplyOn: PublishedVersions
                  PlainOff: {Type: AWS::Lambda::Function, Properties: {Handler: com.acme.D}}
                  Chosen:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: com.acme.E, SnapStart: {ApplyOn: !Ref Snap}}
                """);
        Deployment deployment = Templates.read(dir);
        LambdaFunction inherits = function(deployment, "Inherits");
        assertTrue(inherits.snapStartOn());
        assertLiteral("PublishedVersions", inherits.snapStart().value());
        assertEquals(new Location("template.yaml", 7, 7), inherits.snapStart().at()); // the global ApplyOn
        LambdaFunction optsOut = function(deployment, "OptsOut");
        assertFalse(optsOut.snapStartOn());
        assertEquals(14, optsOut.snapStart().at().line());
        LambdaFunction plain = function(deployment, "Plain");
        assertTrue(plain.snapStartOn());
        assertEquals(new Location("template.yaml", 20, 9), plain.snapStart().at());
        LambdaFunction plainOff = function(deployment, "PlainOff");
        assertFalse(plainOff.snapStartOn()); // Globals are SAM's: a plain function does not take them
        assertTrue(plainOff.snapStart().defaulted());
        assertLiteral("None", plainOff.snapStart().value());
        LambdaFunction chosen = function(deployment, "Chosen");
        assertUnknown(chosen.snapStart().value());
        assertFalse(chosen.snapStartOn()); // known only at deploy time: not assumed on
    }

    @Test
    void otherLanguagesAndImagesHaveNoJavaHandler() {
        Templates.write(dir, "template.yaml", """
                Resources:
                  Py: {Type: AWS::Serverless::Function, Properties: {Runtime: python3.12, Handler: app.handler}}
                  Image: {Type: AWS::Serverless::Function, Properties: {PackageType: Image}}
                """);
        Deployment deployment = Templates.read(dir);
        assertFalse(function(deployment, "Py").handlerName().isPresent());
        assertFalse(function(deployment, "Image").handlerName().isPresent());
        assertEquals(List.of(), deployment.handlerNames());
    }
}
