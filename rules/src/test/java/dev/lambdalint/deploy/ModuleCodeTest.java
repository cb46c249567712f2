package dev.lambdalint.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which deployed functions run the code of the module being checked. */
class ModuleCodeTest {
    @TempDir
    Path dir;

    @Test
    void codePathsDecideFirstThenTheHandlerClassThenWhereTheTemplateIs() {
        Templates.write(dir, "orders/src/main/java/com/acme/orders/OrderHandler.java", "package com.acme.orders;");
        Templates.write(dir, "orders/src/main/java/com/acme/orders/Outer.java", "package com.acme.orders;");
        Templates.write(dir, "template.yaml", """
                Globals:
                  Function: {Runtime: java21}
                Resources:
                  Folder: {Type: AWS::Serverless::Function, Properties: {CodeUri: orders, Handler: com.x.A}}
                  Slash: {Type: AWS::Serverless::Function, Properties: {CodeUri: ./orders/, Handler: com.x.B}}
                  Jar: {Type: AWS::Serverless::Function, Properties: {CodeUri: orders/target/orders-1.0.jar, Handler: com.x.C}}
                  Zip: {Type: AWS::Lambda::Function, Properties: {Code: orders/target/orders.zip, Handler: com.x.D}}
                  Elsewhere: {Type: AWS::Serverless::Function,
                              Properties: {CodeUri: billing/, Handler: com.acme.orders.OrderHandler}}
                  S3: {Type: AWS::Lambda::Function,
                       Properties: {Code: {S3Bucket: b, S3Key: k.zip}, Handler: com.acme.orders.OrderHandler}}
                  Uri: {Type: AWS::Serverless::Function,
                        Properties: {CodeUri: s3://b/k.zip, Handler: com.acme.orders.Outer$Inner::run}}
                  Above: {Type: AWS::Serverless::Function, Properties: {CodeUri: ., Handler: com.acme.orders.OrderHandler}}
                  AboveOther: {Type: AWS::Serverless::Function, Properties: {CodeUri: ., Handler: com.acme.Other}}
                  NoPath: {Type: AWS::Serverless::Function, Properties: {Handler: com.acme.Other}}
                  Python: {Type: AWS::Serverless::Function, Properties: {Runtime: python3.12, Handler: app.handler}}
                """);
        Templates.write(dir, "orders/serverless.yml", """
                service: orders
                provider: {name: aws, runtime: java21}
                package: {artifact: ../shared/target/all.jar}
                functions:
                  sls-own: {handler: com.x.E, package: {artifact: target/orders.jar}}
                  sls-service-wide: {handler: com.acme.orders.OrderHandler}
                """);
        Templates.write(dir, "orders/template.yaml", """
                Resources:
                  Local: {Type: AWS::Serverless::Function, Properties: {Handler: com.acme.Unknown}}
                """);
        TemplateFiles.Found found = TemplateFiles.find(dir.resolve("orders"), dir, List.of(), new java.util.ArrayList<>());
        Deployment deployment = DeploymentReader.read(found.templates(),
                new ModuleCode(dir.resolve("orders"), List.of(Path.of("src/main/java"))));
        Map<Boolean, List<String>> split = Map.of(
                true, deployment.functions().stream().map(LambdaFunction::name).sorted().toList(),
                false, deployment.otherModules().stream().map(LambdaFunction::name).sorted().toList());
        assertEquals(List.of("Above", "Folder", "Jar", "Local", "S3", "Slash", "Uri", "Zip", "sls-own"), split.get(true),
                String.join("\n", deployment.notes()));
        assertEquals(List.of("AboveOther", "Elsewhere", "NoPath", "Python", "sls-service-wide"), split.get(false));
        Map<String, String> why = deployment.notes().stream().filter(n -> n.contains(" code"))
                .collect(Collectors.toMap(n -> n.substring(0, n.indexOf(' ')), n -> n.substring(n.indexOf(": ") + 2),
                        (a, b) -> a));
        assertEquals("its code billing/ lies outside this module", why.get("Elsewhere"));
        assertEquals("this module declares its handler com.acme.orders.Outer.Inner", why.get("Uri"));
        assertEquals("its template lies in this module", why.get("Local"));
        assertEquals("this module does not declare its handler com.acme.Other", why.get("NoPath"));
        assertEquals("nothing ties it to this module", why.get("Python"));
        assertEquals("its code ../shared/target/all.jar lies outside this module", why.get("sls-service-wide"));
    }
}
