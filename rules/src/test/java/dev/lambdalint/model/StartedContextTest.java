package dev.lambdalint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which context start, on a reach's chain, makes start-up code run per invocation. */
class StartedContextTest {
    @TempDir
    Path project;

    private InvocationModel model;

    @BeforeEach
    void model() throws IOException {
        write("App", """
                @org.springframework.boot.autoconfigure.SpringBootApplication
                public class App { }
                """);
        write("Config", """
                @org.springframework.context.annotation.Configuration
                public class Config {
                    @org.springframework.context.annotation.Bean
                    public Object client() { return build(); }
                    private Object build() { return new Object(); }
                }
                """);
        write("Store", """
                @org.springframework.stereotype.Component
                public class Store {
                    private final Object table = new Object();
                    public Store() { }
                }
                """);
        write("Plain", """
                public class Plain {
                    public void work() { }
                }
                """);
        write("AHandler", """
                public class AHandler implements com.amazonaws.services.lambda.runtime.RequestHandler<String, String> {
                    public String handleRequest(String in, com.amazonaws.services.lambda.runtime.Context context) {
                        start();
                        return in;
                    }
                    private void start() {
                        new Plain().work();
                        org.springframework.boot.SpringApplication.run(App.class);
                    }
                }
                """);
        write("BHandler", """
                public class BHandler implements com.amazonaws.services.lambda.runtime.RequestHandler<String, String> {
                    public String handleRequest(String in, com.amazonaws.services.lambda.runtime.Context context) {
                        return new org.springframework.context.annotation.AnnotationConfigApplicationContext(
                                Config.class).toString();
                    }
                }
                """);
        model = SourceModels.of(project);
    }

    @Test
    void theStartOnTheChainIsNamedWithItsUnitAndLine() {
        assertEquals(List.of("AHandler.start:10 Spring"), startsOf("Config.build"));
        assertEquals(List.of("AHandler.start:10 Spring"), startsOf("Config.client"));
    }

    @Test
    void aComponentsInstanceInitialisationRunsThroughItsConstructorsStart() {
        // the constructor, and the field initialisers it runs: both named Store.<init>
        assertEquals(List.of("AHandler.start:10 Spring", "AHandler.start:10 Spring"), startsOf("Store.<init>"));
    }

    @Test
    void eachHandlersReachNamesItsOwnStart() {
        assertEquals(List.of("BHandler.handleRequest:5 Spring"), model.reachesOf(unit("Config.client")).stream()
                .skip(1).map(this::startOf).toList());
    }

    @Test
    void codeCalledWithoutAStartHasNone() {
        assertEquals(List.of("none"), startsOf("Plain.work"));
        assertEquals(List.of("none"), startsOf("AHandler.start"));
    }

    private List<String> startsOf(String unit) {
        return model.firstReaches().stream().filter(r -> r.unit().displayName().equals(unit))
                .map(this::startOf).toList();
    }

    private String startOf(Reach reach) {
        return model.startedContext(reach).map(s -> s.at().method() + ":" + s.at().line() + " "
                + s.start().construction().family()).orElse("none");
    }

    private CodeUnit unit(String name) {
        return model.firstReaches().stream().map(Reach::unit).filter(u -> u.displayName().equals(name))
                .findFirst().orElseThrow();
    }

    private void write(String name, String body) throws IOException {
        Path file = project.resolve("src/com/acme/app/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package com.acme.app;\n\n" + body);
    }
}
