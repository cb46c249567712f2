package dev.lambdalint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdalint.catalog.Catalog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelevanceTest {
    @Test
    void keepsHandlersWhatTheyNameAndSubtypesOfThat() {
        Relevance relevance = new Relevance(Set.of("NightlyJob"));
        add(relevance, "handler", """
                package com.acme;
                import com.acme.util.Notifier;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                class OrderHandler implements RequestHandler<String, String> { Notifier n; Repo r; }
                """);
        add(relevance, "repo", "package com.acme;\nclass Repo {}\n");
        add(relevance, "notifier", "package com.acme.util;\npublic interface Notifier {}\n");
        add(relevance, "sns", "package com.acme.aws;\nimport com.acme.util.*;\nclass SnsNotifier implements Notifier {}\n");
        add(relevance, "otherPackageRepo", "package org.elsewhere;\nclass Repo {}\n");
        add(relevance, "unrelated", "package com.acme;\nclass Report { String title; }\n");
        add(relevance, "templateHandler", "package com.acme.jobs;\npublic class NightlyJob { void run() {} }\n");
        assertEquals(Set.of("handler", "repo", "notifier", "sns", "templateHandler"), relevance.relevant());
    }

    @Test
    void keepsFilesNamingTheRuntimesOrAFrameworksPackagesNotTheirCommonWords() {
        Relevance relevance = Relevance.forHandlers(Set.of(), Catalog.load(List.of()));
        add(relevance, "plain", """
                package com.acme;
                import com.amazonaws.services.lambda.runtime.Context;
                public class Jobs { public void run(Context c) {} }
                """);
        add(relevance, "controller", """
                package com.acme.web;
                import org.springframework.web.bind.annotation.*;
                @RestController class Orders { @GetMapping("/") String list() { return ""; } }
                """);
        add(relevance, "resource", """
                package com.acme.rest;
                @jakarta.ws.rs.Path("/a") class Resource { }
                """);
        add(relevance, "adapter", """
                package com.acme.fn;
                class Handler extends org.springframework.cloud.function.adapter.aws.FunctionInvoker { }
                """);
        add(relevance, "commonWords", """
                package com.acme.io;
                import java.nio.file.Path;
                class Files { Path path; Object context; String get() { return "Options"; } }
                """);
        assertEquals(Set.of("plain", "controller", "resource", "adapter"), relevance.relevant());
    }

    /** Found in real code: packages whose segments are capitalised, named in imports and in qualified names. */
    @Test
    void followsImportsOfPackagesWithCapitalisedSegments() {
        Relevance relevance = Relevance.forHandlers(Set.of(), Catalog.load(List.of()));
        add(relevance, "handler", """
                package com.lambda.APImethods.Candidate;
                import com.amazonaws.services.lambda.runtime.Context;
                import com.lambda.Cognito.Authorizer;
                public class Get {
                    public static Object handleRequest(String token, Context context) {
                        com.lambda.Util.Audit.log(token);
                        return Authorizer.authenticate(token);
                    }
                }
                """);
        add(relevance, "authorizer", """
                package com.lambda.Cognito;
                public class Authorizer { public static Object authenticate(String t) { return t; } }
                """);
        add(relevance, "audit", "package com.lambda.Util;\npublic class Audit { public static void log(String s) {} }\n");
        add(relevance, "unrelated", "package com.lambda.Reports;\nclass Monthly {}\n");
        assertEquals(Set.of("handler", "authorizer", "audit"), relevance.relevant());
    }

    /** Found in real code: a Dagger component whose type only the generated class's name spells. */
    @Test
    void keepsTheTypeAGeneratedClassIsNamedFor() {
        Relevance relevance = Relevance.forHandlers(Set.of(), Catalog.load(List.of()));
        add(relevance, "handler", """
                package com.acme;
                import com.acme.wiring.DaggerOrderComponent;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                class OrderHandler implements RequestHandler<String, String> {
                    public OrderHandler() { var orders = DaggerOrderComponent.create(); orders.service(); }
                }
                """);
        add(relevance, "component", """
                package com.acme.wiring;
                @dagger.Component(modules = OrderModule.class) interface OrderComponent { OrderService service(); }
                """);
        add(relevance, "module", "package com.acme.wiring;\n@dagger.Module class OrderModule {}\n");
        add(relevance, "nestedHandler", """
                package com.acme.jobs;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                class JobHandler implements RequestHandler<String, String> { Object c = DaggerJobs_Wiring.create(); }
                """);
        add(relevance, "outer", "package com.acme.jobs;\nclass Jobs { @dagger.Component interface Wiring {} }\n");
        add(relevance, "unrelated", "package com.acme.wiring;\nclass Daggers { }\n");
        assertEquals(Set.of("handler", "component", "module", "nestedHandler", "outer"), relevance.relevant());
    }

    private static void add(Relevance relevance, String name, String text) {
        relevance.add(name, Relevance.signature(text));
    }
}
