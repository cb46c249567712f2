package dev.lambdalint.deploy;

import static dev.lambdalint.deploy.Templates.assertLiteral;
import static dev.lambdalint.deploy.Templates.function;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SnapStart as the templates turn it on: SAM and its Globals, CloudFormation JSON, the Serverless Framework. */
class SnapStartSettingTest {
    @TempDir
    Path dir;

    @Test
    void samFunctionsTakeTheirOwnSnapStartOrTheGlobalOne() {
        Templates.write(dir, "template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Runtime: java21
                    SnapStart:
                      ApplyOn: PublishedVersions
                Resources:
                  Inherits:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.acme.A::handleRequest
                  TurnsItOff:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.acme.B::handleRequest
                      SnapStart:
                        ApplyOn: None
                  FromAParameter:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.acme.C::handleRequest
                      SnapStart: {ApplyOn: !Ref Mode}
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        Setting inherited = function(deployment, "Inherits").snapStart();
        assertLiteral("PublishedVersions", inherited.value());
        assertFalse(inherited.defaulted());
        assertEquals(5, inherited.at().line(), "where Globals write it");
        assertLiteral("None", function(deployment, "TurnsItOff").snapStart().value());
        assertEquals(16, function(deployment, "TurnsItOff").snapStart().at().line());
        assertTrue(function(deployment, "FromAParameter").snapStart().value() instanceof Value.Unknown,
                "a parameter without a default is not known before deployment");
    }

    @Test
    void cloudFormationJsonAsCdkSynthesizesItAndTheDefault() {
        Templates.write(dir, "template.json", """
                {"Resources": {
                  "Fast": {"Type": "AWS::Lambda::Function", "Properties": {
                    "Handler": "com.acme.A::handleRequest", "Runtime": "java21",
                    "SnapStart": {"ApplyOn": "PublishedVersions"}}},
                  "Plain": {"Type": "AWS::Lambda::Function", "Properties": {
                    "Handler": "com.acme.B::handleRequest", "Runtime": "java21"}}}}
                """);
        Deployment deployment = Templates.read(dir);
        assertLiteral("PublishedVersions", function(deployment, "Fast").snapStart().value());
        Setting plain = function(deployment, "Plain").snapStart();
        assertLiteral("None", plain.value());
        assertTrue(plain.defaulted());
        assertEquals(function(deployment, "Plain").at(), plain.at(), "a default sits at the function");
    }

    @Test
    void serverlessSnapStartTrueIsPublishedVersions() {
        Templates.write(dir, "serverless.yml", """
                service: shop
                provider: {name: aws, runtime: java21}
                functions:
                  fast:
                    handler: com.acme.A::handleRequest
                    snapStart: true
                  off:
                    handler: com.acme.B::handleRequest
                    snapStart: false
                  plain:
                    handler: com.acme.C::handleRequest
                """);
        Deployment deployment = Templates.read(dir);
        Setting fast = function(deployment, "fast").snapStart();
        assertLiteral("PublishedVersions", fast.value());
        assertEquals(6, fast.at().line());
        assertLiteral("None", function(deployment, "off").snapStart().value());
        assertLiteral("None", function(deployment, "plain").snapStart().value());
        assertTrue(function(deployment, "plain").snapStart().defaulted());
    }
}
