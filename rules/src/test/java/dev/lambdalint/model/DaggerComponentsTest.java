package dev.lambdalint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the class Dagger generates for a component runs, as the invocation model follows it. */
class DaggerComponentsTest {
    @TempDir
    Path project;

    @BeforeEach
    void component() throws IOException {
        write("src/com/acme/di/AppComponent.java", """
                package com.acme.di;
                import dagger.Component;
                import javax.inject.Named;
                import javax.inject.Singleton;
                @Singleton
                @Component(modules = AppModule.class)
                public interface AppComponent {
                    Service service();
                    @Named("fresh") Tool tool();
                }
                """);
        write("src/com/acme/di/AppModule.java", """
                package com.acme.di;
                import dagger.Module;
                import dagger.Provides;
                import javax.inject.Named;
                import javax.inject.Singleton;
                @Module(includes = BaseModule.class)
                public class AppModule {
                    @Provides @Singleton static Client client() { return new Client(); }
                    @Provides @Named("fresh") static Tool freshTool(Client client) { return new Tool(); }
                    @Provides @Named("other") static Tool otherTool() { return new Tool(); }
                }
                """);
        write("src/com/acme/di/BaseModule.java", """
                package com.acme.di;
                import dagger.Module;
                import dagger.Provides;
                @Module
                public class BaseModule {
                    @Provides Settings settings() { return new Settings(); }
                }
                """);
        write("src/com/acme/di/Service.java", """
                package com.acme.di;
                import javax.inject.Inject;
                public class Service {
                    @Inject Settings settings;
                    @Inject Service(Client client) { }
                    @Inject void start(Settings again) { }
                    public void run() { }
                }
                """);
        for (String simple : List.of("Client", "Tool", "Settings")) {
            write("src/com/acme/di/" + simple + ".java", "package com.acme.di; public class " + simple + " { }");
        }
    }

    @Test
    void aComponentMadePerRequestRunsItsScopedBindingsThatItsUseNeeds() throws IOException {
        handler("""
                AppComponent c = DaggerAppComponent.create();
                c.service().run();
                """);
        assertEquals(sorted("Handler.handleRequest", "AppModule.client", "Service.<init>", "Service.start",
                "BaseModule.settings", "Service.run"), reached());
    }

    @Test
    void aKeptComponentRunsOnlyItsUnscopedBindingsPerCall() throws IOException {
        handler("""
                return KEPT.tool().toString();
                }
                static final AppComponent KEPT = DaggerAppComponent.builder().appModule(new AppModule()).build();
                void unused() {
                """);
        assertEquals(sorted("Handler.handleRequest", "AppModule.freshTool"), reached(),
                "the @Singleton client the tool is built from is the kept component's");
    }

    @Test
    void aComponentMadeAndOnlyAskedForAnUnscopedBindingRunsNoScopedOne() throws IOException {
        handler("""
                DaggerAppComponent.create().service();
                return com.acme.di.DaggerAppComponent.create().tool().toString();
                """);
        assertEquals(sorted("Handler.handleRequest", "AppModule.client", "Service.<init>", "Service.start",
                "BaseModule.settings", "AppModule.freshTool"), reached());
    }

    @Test
    void aComponentMadePerRequestAndKeptInAFieldRunsEveryScopedBindingOfIt() throws IOException {
        handler("""
                current = DaggerAppComponent.create();
                }
                AppComponent current;
                void unused() {
                """);
        assertEquals(sorted("Handler.handleRequest", "AppModule.client"), reached(),
                "its use is out of sight: every scoped binding its entries need, and no unscoped one");
    }

    @Test
    void aComponentMadeButNeverAskedRunsNothing() throws IOException {
        handler("""
                AppComponent unused = DaggerAppComponent.create();
                """);
        assertEquals(sorted("Handler.handleRequest"), reached());
    }

    @Test
    void aProjectClassOfTheGeneratedNameIsNoComponent() throws IOException {
        write("src/com/acme/other/DaggerAppComponent.java", """
                package com.acme.other;
                public class DaggerAppComponent {
                    public static DaggerAppComponent create() { return new DaggerAppComponent(); }
                    public String tool() { return ""; }
                }
                """);
        handler("""
                return com.acme.other.DaggerAppComponent.create().tool() + Imported.tool();
                """);
        write("src/com/acme/di/Imported.java", """
                package com.acme.di;
                import com.acme.other.DaggerAppComponent;
                public class Imported {
                    static String tool() { return DaggerAppComponent.create().tool(); }
                }
                """);
        assertEquals(sorted("Handler.handleRequest", "DaggerAppComponent.create", "DaggerAppComponent.tool",
                "Imported.tool"), reached(), "imported or written in full, the project class is what runs");
    }

    @Test
    void aNestedComponentIsMadeByItsJoinedGeneratedNameAndAProjectScopeKeepsPerComponent() throws IOException {
        write("src/com/acme/di/PerFunction.java", """
                package com.acme.di;
                @javax.inject.Scope
                public @interface PerFunction { }
                """);
        write("src/com/acme/di/Outer.java", """
                package com.acme.di;
                public class Outer {
                    @dagger.Component(modules = Outer.Wiring.class)
                    @PerFunction
                    public interface Inner { Tool kept(); Settings fresh(); }
                    @dagger.Module
                    static class Wiring {
                        @dagger.Provides @PerFunction static Tool kept() { return new Tool(); }
                        @dagger.Provides static Settings fresh() { return new Settings(); }
                    }
                }
                """);
        handler("""
                DaggerOuter_Inner.create().fresh();
                ONCE.kept();
                }
                static final Outer.Inner ONCE = DaggerOuter_Inner.create();
                void unused() {
                """);
        assertEquals(sorted("Handler.handleRequest", "Outer.Wiring.fresh"), reached(),
                "the kept component's @PerFunction tool is built once");
    }

    private static List<String> sorted(String... names) {
        return java.util.Arrays.stream(names).sorted().toList();
    }

    private void handler(String body) throws IOException {
        write("src/com/acme/di/Handler.java", """
                package com.acme.di;
                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                public class Handler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context context) {
                """ + body + """
                    return in;
                    }
                }
                """);
    }

    private List<String> reached() throws IOException {
        InvocationModel model = SourceModels.of(project);
        return model.reached().stream().map(r -> r.unit().displayName()).sorted().toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
