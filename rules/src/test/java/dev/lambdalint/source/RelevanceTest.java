package dev.lambdalint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static void add(Relevance relevance, String name, String text) {
        relevance.add(name, Relevance.signature(text));
    }
}
