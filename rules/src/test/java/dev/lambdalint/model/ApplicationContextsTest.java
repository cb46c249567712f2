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
        write("scans", "ScansConfig", """
                import org.springframework.context.annotation.Bean;
                @org.springframework.context.annotation.Configuration
                public class ScansConfig { @Bean public Object local() { return new Object(); } }
                """);
        write("scans", "ScanElsewhere", """
                @org.springframework.boot.autoconfigure.SpringBootApplication(scanBasePackages = "com.acme.other")
                public class ScanElsewhere { }
                """);
        write("scans", "ScanByClass", """
                import com.acme.other.OtherConfig;
                @org.springframework.context.annotation.ComponentScan(basePackageClasses = {OtherConfig.class})
                public class ScanByClass { }
                """);
        write("scans", "ScanList", """
                @org.springframework.context.annotation.ComponentScan({"com.acme.other", "com.acme.app.config"})
                public class ScanList { }
                """);
        write("scans", "ScanByConstant", """
                @org.springframework.context.annotation.ComponentScan(basePackages = Names.OTHER)
                public class ScanByConstant { }
                """);
        write("scans", "ScanOwnPackage", """
                @org.springframework.context.annotation.ComponentScan
                public class ScanOwnPackage { }
                """);
        write("scans", "ScanOverridden", """
                @org.springframework.boot.autoconfigure.SpringBootApplication
                @org.springframework.context.annotation.ComponentScan("com.acme.other")
                public class ScanOverridden { }
                """);
        write("scans", "Imports", """
                import org.springframework.context.annotation.Bean;
                @org.springframework.context.annotation.Configuration
                @org.springframework.context.annotation.Import(com.acme.other.OtherConfig.class)
                public class Imports { @Bean public Object own() { return new Object(); } }
                """);
        write("scans", "NotAComponent", """
                @org.springframework.context.annotation.Import(com.acme.app.config.Config.class)
                public class NotAComponent { }
                """);
        write("scans", "Composed", """
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                @org.springframework.boot.autoconfigure.SpringBootApplication(scanBasePackages = "com.acme.other")
                public @interface Composed { }
                """);
        write("scans", "ByComposed", """
                @Composed
                public class ByComposed { }
                """);
        write("app", "StaticRun", """
                import static org.springframework.boot.SpringApplication.run;
                public class StaticRun {
                    Object started() { return run(App.class); }
                }
                """);
        write("app", "OwnRun", """
                import static org.springframework.boot.SpringApplication.run;
                public class OwnRun {
                    Object started() { return run(App.class); }
                    OwnRun run(Class<?> source) { return this; }
                }
                """);
        write("app", "Starts", """
                import com.acme.scans.ByComposed;
                import com.acme.scans.Imports;
                import com.acme.scans.ScanByClass;
                import com.acme.scans.ScanByConstant;
                import com.acme.scans.ScanElsewhere;
                import com.acme.scans.ScanList;
                import com.acme.scans.ScanOverridden;
                import com.acme.scans.ScanOwnPackage;
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
                    Object array() { return SpringApplication.run(new Class<?>[] {App.class}, new String[0]); }
                    Object arrayLocal() {
                        Class<?>[] sources = {ScanElsewhere.class};
                        return SpringApplication.run(sources, new String[0]);
                    }
                    Object scanElsewhere() { return new SpringApplication(ScanElsewhere.class).run(); }
                    Object scanByClass() { return SpringApplication.run(ScanByClass.class); }
                    Object scanList() { return new AnnotationConfigApplicationContext(ScanList.class); }
                    Object scanByConstant() { return SpringApplication.run(ScanByConstant.class); }
                    Object scanOwnPackage() { return SpringApplication.run(ScanOwnPackage.class); }
                    Object scanOverridden() { return SpringApplication.run(ScanOverridden.class); }
                    Object imports() { return new AnnotationConfigApplicationContext(Imports.class); }
                    Object composed() { return SpringApplication.run(ByComposed.class); }
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
    void sourcesGivenAsAnArrayOrALocalHoldingOneAreTheClassesInIt() {
        assertEquals(APP, targets("array"));
        assertEquals(List.of("OtherConfig.other"), targets("arrayLocal"));
    }

    @Test
    void aStaticallyImportedRunStartsTheContextUnlessTheClassHasItsOwnRun() {
        assertEquals(APP, targets("com.acme.app.StaticRun", "started"));
        assertEquals(List.of("OwnRun.run"), targets("com.acme.app.OwnRun", "started"));
    }

    @Test
    void aStaticallyImportedRunShadowedByTheClassesOwnIsTypedAsThatMethodReturns() {
        MethodDeclaration started = method("com.acme.app.OwnRun", "started");
        MethodCallExpr call = started.findFirst(MethodCallExpr.class).orElseThrow();
        assertEquals("com.acme.app.OwnRun", calls.typeOf(call, calls.unitOf(started).orElseThrow()).orElseThrow());
        MethodDeclaration imported = method("com.acme.app.StaticRun", "started");
        assertEquals(CallResolver.EXTERNAL, calls.typeOf(imported.findFirst(MethodCallExpr.class).orElseThrow(),
                calls.unitOf(imported).orElseThrow()).orElseThrow());
    }

    @Test
    void anExplicitScanReplacesThePackageOfTheStartedClass() {
        assertEquals(List.of("OtherConfig.other"), targets("scanElsewhere"));
        assertEquals(List.of("OtherConfig.other"), targets("scanByClass"));
        assertEquals(List.of("Config.client", "OtherConfig.other"), targets("scanList"));
        assertEquals(List.of("OtherConfig.other"), targets("composed"));
    }

    @Test
    void aScanWithNoPackageWrittenScansItsOwnPackageWithWhatItsComponentsImportAndOneOfUnknownPackagesScansNone() {
        assertEquals(List.of("Imports.own", "OtherConfig.other", "ScansConfig.local"), targets("scanOwnPackage"));
        assertEquals(List.of(), targets("scanByConstant"));
    }

    @Test
    void aComponentScanOnTheClassDecidesOverTheOneSpringBootApplicationImplies() {
        assertEquals(List.of("OtherConfig.other"), targets("scanOverridden"));
    }

    @Test
    void anImportedConfigurationIsRegisteredWithTheClassAndAClassWithoutAScanScansNothing() {
        assertEquals(List.of("Imports.own", "OtherConfig.other"), targets("imports"));
    }

    @Test
    void theStartedContextIsNoProjectType() {
        MethodCallExpr start = method("factory").findFirst(MethodCallExpr.class).orElseThrow();
        assertEquals(CallResolver.EXTERNAL, calls.typeOf(start, calls.unitOf(method("factory")).orElseThrow())
                .orElseThrow());
    }

    private MethodDeclaration method(String name) {
        return method("com.acme.app.Starts", name);
    }

    private MethodDeclaration method(String type, String name) {
        return index.type(type).orElseThrow().getMethodsByName(name).get(0);
    }

    /** What the outermost call or creation of the method's body runs. */
    private List<String> targets(String name) {
        return targets("com.acme.app.Starts", name);
    }

    private List<String> targets(String type, String name) {
        MethodDeclaration declaration = method(type, name);
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
