package dev.lambdalint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.SourceModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which handlers the engine finds: every kind in the client-per-invocation sample, and the frameworks' look-alikes
 * left out when nothing shows the framework runs the project on Lambda.
 */
class HandlerKindsTest {
    private static final Path SAMPLE = Path.of("src/test/resources/samples/client-per-invocation").toAbsolutePath();

    @TempDir
    Path project;

    @Test
    void theSampleHasEveryKindOfHandlerAndNoLookAlike() {
        List<String> handlers = LambdaLint.analyze(AnalysisRequest.of(SAMPLE, List.of(SAMPLE))).handlers();

        assertTrue(handlers.containsAll(List.of(
                "com.acme.plain.MapHandler::handleRequest", "com.acme.plain.PingHandler::ping",
                "com.acme.plain.StreamFunctions::copy", "com.acme.plain.StreamFunctions.Nested::handle",
                "com.acme.plain.NightlyJob::run", "com.acme.plain.OrderPlainHandler::handle",
                "com.acme.plain.KinesisJob::process", "com.acme.workflow.ImportedContextRunner::run",
                "com.acme.spring.OrderController::get", "com.acme.spring.OrderController::create",
                "com.acme.spring.PageController::page", "com.acme.spring.InvoicesController::invoices",
                "com.acme.functions.FunctionConfig::uppercase", "com.acme.functions.FunctionConfig::audit",
                "com.acme.functions.FunctionConfig::health", "com.acme.functions.FunctionConfig::length",
                "com.acme.functions.Greeter::apply",
                "com.acme.micronaut.BookRequestHandler::execute", "com.acme.micronaut.BookController::show",
                "com.acme.micronaut.IsbnValidator::apply",
                "com.acme.jaxrs.ShipmentResource::get", "com.acme.jaxrs.LegacyResource::remove",
                "com.acme.quarkus.OrdersLambda::handleRequest")), handlers.toString());
        for (String trap : List.of("com.acme.plain.AuditHelper::audit", "com.acme.plain.Jobs::run",
                "com.acme.plain.AbstractJob::run", "com.acme.plain.BaseJob::run", "com.acme.plain.StreamFunctions::forward",
                "com.acme.plain.StreamFunctions::tooMany", "com.acme.plain.StreamFunctions.Inner::handle",
                "com.acme.plain.MapHandler::notAnEntry", "com.acme.plain.MapHandler::alsoNotAnEntry",
                "com.acme.plain.KinesisJob::forward", "com.acme.plain.KinesisJob::relay",
                "com.acme.workflow.StepRunner::run", "com.acme.web.LookAlikeController::look",
                "com.acme.spring.OrderController::notMapped", "com.acme.spring.OrderController::init",
                "com.acme.spring.AwsConfig::dynamo", "com.acme.spring.OrdersApplication::s3",
                "com.acme.functions.FunctionConfig::s3Bean", "com.acme.functions.PlainFunction::apply",
                "com.acme.micronaut.BookController::unmapped", "com.acme.jaxrs.ShipmentResource::helper")) {
            assertFalse(handlers.contains(trap), trap + " is no handler: " + handlers);
        }
        assertEquals(handlers.stream().distinct().toList(), handlers, "each handler once");
    }

    @Test
    void aSpringControllerIsNoHandlerUntilSomethingPutsSpringOnLambda() throws IOException {
        write("src/com/acme/OrderController.java", """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class OrderController {
                    @GetMapping("/orders")
                    public String list() { return "[]"; }
                }
                """);
        AnalysisRequest request = AnalysisRequest.of(project, List.of(Path.of("src")));
        assertEquals(List.of(), LambdaLint.analyze(request).handlers(), "an ordinary Spring web application");

        write("template.yaml", """
                Resources:
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.amazonaws.serverless.proxy.spring.SpringDelegatingLambdaContainerHandler
                      Runtime: java21
                """);
        assertEquals(List.of("com.acme.OrderController::list"), LambdaLint.analyze(request).handlers(),
                "the template runs Spring's container handler");
    }

    @Test
    void aFrameworkLibraryAmongTheDependenciesShowsItPresent() throws IOException {
        write("src/com/acme/GreetingResource.java", """
                package com.acme;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                @Path("/hello")
                public class GreetingResource {
                    @GET
                    public String hello() { return "hello"; }
                }
                """);
        SourceModule module = SourceModule.judged("app", List.of(project.resolve("src")), List.of());
        AnalysisRequest plainJaxRs = AnalysisRequest.of(project, List.of()).withModules(List.of(module));
        AnalysisRequest onLambda = plainJaxRs.withModules(List.of(module.withLibraries(
                List.of("io.quarkus:quarkus-resteasy-reactive", "io.quarkus:quarkus-amazon-lambda-http"))));

        assertEquals(List.of(), LambdaLint.analyze(plainJaxRs).handlers());
        assertEquals(List.of("com.acme.GreetingResource::hello"), LambdaLint.analyze(onLambda).handlers());
    }

    @Test
    void functionBeansRunOnlyBehindSpringCloudFunctionsAdapter() throws IOException {
        write("src/com/acme/Functions.java", """
                package com.acme;
                import java.util.function.Function;
                import org.springframework.context.annotation.Bean;
                import org.springframework.context.annotation.Configuration;
                @Configuration
                public class Functions {
                    @Bean
                    public Function<String, String> uppercase() { return s -> s.toUpperCase(); }
                }
                """);
        AnalysisRequest request = AnalysisRequest.of(project, List.of(Path.of("src")));
        assertEquals(List.of(), LambdaLint.analyze(request).handlers());

        write("serverless.yml", """
                service: functions
                provider: {name: aws, runtime: java21}
                functions:
                  uppercase:
                    handler: org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest
                """);
        assertEquals(List.of("com.acme.Functions::uppercase"), LambdaLint.analyze(request).handlers());
    }

    @Test
    void whatSpringRunsAtStartUpRunsInTheEnvironmentButNotPerInvocation() throws IOException {
        write("src/com/acme/Api.java", """
                package com.acme;
                import com.amazonaws.serverless.proxy.spring.SpringBootLambdaContainerHandler;
                import javax.annotation.PostConstruct;
                import org.springframework.context.annotation.Bean;
                import org.springframework.context.annotation.Configuration;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RestController;
                @RestController
                public class Api {
                    private final Config config;
                    public Api(Config config) { this.config = config; }
                    @PostConstruct void warm() { }
                    @GetMapping("/") public String get() { return config.client() + help(); }
                    private String help() { return ""; }
                }
                @Configuration
                class Config {
                    @Bean Object client() { return new Object(); }
                }
                """);
        InvocationModel model = SourceModels.of(project);

        assertEquals(List.of("com.acme.Api::get"), model.handlers().stream().map(Handler::id).toList());
        assertEquals(List.of("Api.get", "Api.help"), model.reached().stream().map(r -> r.unit().displayName())
                .toList(), "the kept bean's method is not run again per invocation");
        List<String> environment = model.everRun(model.handlers().get(0)).stream().map(r -> r.unit().displayName())
                .toList();
        assertTrue(environment.containsAll(List.of("Api.<init>", "Api.warm", "Config.client", "Api.get")),
                environment.toString());
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
