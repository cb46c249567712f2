package dev.lambdalint.fix;

import static dev.lambdalint.fix.Projects.HANDLER;
import static dev.lambdalint.fix.Projects.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client kept for the execution environment but closed per invocation: the close goes, the rest stays. */
class CloseFixTest {
    private static final String IMPORTS = "import software.amazon.awssdk.services.s3.S3Client;\n";
    private static final String MEMBERS = "    private static final S3Client S3 = S3Client.create();\n\n";

    @TempDir
    Path dir;

    @Test
    void theCloseStatementAndTheTryWithResourcesThatCloseASharedClientGo() {
        Projects.write(dir, Map.of(HANDLER, handler(IMPORTS, MEMBERS, """
                        try {
                            S3.listBuckets();
                        } finally {
                            S3.close();
                        }
                        try (S3) {
                            S3.listBuckets();
                        }
                        try (S3Client alias = S3) {
                            alias.listBuckets();
                        } catch (RuntimeException e) {
                            throw e;
                        }
                        return input;
                """)));

        FixPlan plan = Projects.plan(dir);

        assertEquals(1, plan.changes().size());
        assertEquals(List.of("keep S3 open: its close() goes",
                        "keep S3 open: the try-with-resources no longer closes it",
                        "keep S3 open: the try-with-resources no longer closes it"),
                plan.changes().get(0).fixes().stream().map(FindingFix::description).toList());
        assertEquals(handler(IMPORTS, MEMBERS, """
                        S3.listBuckets();
                        S3.listBuckets();
                        try {
                            S3Client alias = S3;
                            alias.listBuckets();
                        } catch (RuntimeException e) {
                            throw e;
                        }
                        return input;
                """), plan.changes().get(0).after());
        assertTrue(plan.notFixed().isEmpty(), () -> plan.notFixed().toString());
    }

    @Test
    void aTryThatOnlyClosedSharedClientsGoesWithItsCatch() {
        String imports = "import java.io.IOException;\nimport org.apache.http.impl.client.CloseableHttpClient;\n"
                + "import org.apache.http.impl.client.HttpClients;\n";
        String members = "    private static final CloseableHttpClient HTTP = HttpClients.createDefault();\n"
                + "    private static final CloseableHttpClient OTHER = HttpClients.createDefault();\n\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, members, """
                        try {
                            HTTP.close();
                            OTHER.close();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                        return input;
                """)));

        FixPlan plan = Projects.plan(dir);

        assertEquals(handler(imports, members, "        return input;\n"), plan.changes().get(0).after());
        assertEquals(List.of("keep HTTP, OTHER open: the try that only closed them goes",
                        "keep HTTP, OTHER open: the try that only closed them goes"),
                plan.changes().get(0).fixes().stream().map(FindingFix::description).toList());
    }

    @Test
    void aCloseBesideOtherWorkInATryWithACheckedCatchStays() {
        String imports = "import java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\n"
                + "import org.apache.http.impl.client.CloseableHttpClient;\n"
                + "import org.apache.http.impl.client.HttpClients;\n";
        String members = "    private static final CloseableHttpClient HTTP = HttpClients.createDefault();\n\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, members, """
                        try {
                            HTTP.close();
                            return Files.readString(Path.of(input));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                """)));

        FixPlan plan = Projects.plan(dir);

        assertTrue(plan.isEmpty());
        assertEquals("the catch of IOException around it may be left with nothing to catch once the close goes",
                plan.notFixed().get(0).reason());
    }
}
