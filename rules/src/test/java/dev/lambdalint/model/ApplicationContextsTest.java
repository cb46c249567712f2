package dev.lambdalint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a call that starts a Spring application context runs: the start-up code of the packages it starts from. */
class ApplicationContextsTest {
    private static final List<String> APP = List.of("Config.client", "ReportService.<init>");

    @TempDir
    Path project;

    private ProjectIndex index;
    private CallResolver calls;

    @BeforeEach
    void index() throws IOException {
        write("app", "App", """
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class App { }
                """);
        write("app.config", "Config", """
                import org.springframework.context.annotation.Bean;
                @org.springframework.context.annotation.Configuration
                public class Config { @Bean public Object client() { return new Object(); } }
                """);
        write("app.service", "ReportService", """
                @org.springframework.stereotype.Service
                public class ReportService { public ReportService() { } }
                """);
        write("other", "OtherConfig", """
                import org.springframework.context.annotation.Bean;
                @org.springframework.context.annotation.Configuration
                public class OtherConfig { @Bean public Object other() { return new Object(); } }
                """);
        write("app", "Starts", """
                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.WebApplicationType;
                import org.springframework.boot.builder.SpringApplicationBuilder;
                import org.springframework.context.annotation.AnnotationConfigApplicationContext;
                public class Starts {
                    Object factory() { return SpringApplication.run(App.class); }
                    Object chained() { return new SpringApplication(App.class).run(); }
                    Object local() { SpringApplication a = new SpringApplication(App.class); return a.run(); }
                    Object builder() { return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).run(); }
                    Object scanned() { return new AnnotationConfigApplicationContext("com.acme.other"); }
                    Object notRun() { return new SpringApplication(App.class); }
                    void runnable(Runnable task) { task.run(); }
                    Object unknown(Class<?> source) { return SpringApplication.run(source); }
                }
                """);
        SourceScanner.Scan scan = new SourceScanner(project, List.of(), List.of(), StandardCharsets.UTF_8, 1)
                .scan(List.of(project.resolve("src")));
        index = new ProjectIndex(scan.files());
        calls = new CallResolver(index, Catalog.load(List.of()).dagger(), Catalog.load(List.of()).contextStarts());
    }

    @Test
    void eachWayOfStartingAnApplicationRunsItsPackagesBeanMethodsAndComponentConstructors() {
        assertEquals(APP, targets("factory"));
        assertEquals(APP, targets("chained"));
        assertEquals(APP, targets("local"));
        assertEquals(APP, targets("builder"));
    }

    @Test
    void aContextScanningAPackageRunsOnlyThatPackagesStartup() {
        assertEquals(List.of("OtherConfig.other"), targets("scanned"));
    }

    @Test
    void aBuilderNeverRunAnotherRunAndAStartFromNothingTheSourcesNameRunNothing() {
        assertEquals(List.of(), targets("notRun"));
        assertEquals(List.of(), targets("runnable"));
        assertEquals(List.of(), targets("unknown"));
    }

    @Test
    void theStartedContextIsNoProjectType() {
        MethodCallExpr start = method("factory").findFirst(MethodCallExpr.class).orElseThrow();
        assertEquals(CallResolver.EXTERNAL, calls.typeOf(start, calls.unitOf(method("factory")).orElseThrow())
                .orElseThrow());
    }

    private MethodDeclaration method(String name) {
        return index.type("com.acme.app.Starts").orElseThrow().getMethodsByName(name).get(0);
    }

    /** What the outermost call or creation of the method's body runs. */
    private List<String> targets(String name) {
        MethodDeclaration declaration = method(name);
        Node start = outermost(declaration);
        CodeUnit caller = calls.unitOf(declaration).orElseThrow();
        return calls.targets(start, caller).stream().map(CodeUnit::displayName).sorted().toList();
    }

    private static Node outermost(MethodDeclaration declaration) {
        return declaration.findAll(Node.class, n -> (n instanceof MethodCallExpr || n instanceof ObjectCreationExpr)
                && !(n.getParentNode().orElseThrow() instanceof MethodCallExpr call && call.getScope().orElse(null) == n))
                .stream().reduce((a, b) -> b).orElseThrow();
    }

    private void write(String pkg, String name, String body) throws IOException {
        Path file = project.resolve("src/com/acme/" + pkg.replace('.', '/') + "/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package com.acme." + pkg + ";\n\n" + body + "\n");
    }
}
