package dev.lambdalint.report;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.SafeMustacheFactory;
import dev.lambdalint.AnalysisResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * {@code report.html}: one self-contained page (inline CSS and script, no network) that opens from disk.
 *
 * <p>The template is compiled by a {@link SafeMustacheFactory}, a DefaultMustacheFactory that HTML-escapes every
 * value and refuses unescaped {@code {{{x}}}} tags, so no finding, source line or doc text can inject markup. The
 * inline style and script come in as partials (template text, not values) and are pinned by their hashes in a
 * Content-Security-Policy, which also blocks every network load.
 */
public final class HtmlReport {
    private static final String ROOT = "dev/lambdalint/report";
    private static final String TEMPLATE = "report.html.mustache";
    static final String STYLE = "report.css";
    static final String SCRIPT = "report.js";

    private static final MustacheFactory FACTORY = new SafeMustacheFactory(Set.of(TEMPLATE, STYLE, SCRIPT), ROOT);
    private static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private HtmlReport() {
    }

    public static String render(AnalysisResult result, String toolVersion, String verdict, Instant generatedAt) {
        return render(ReportInput.of(result, toolVersion, verdict, generatedAt));
    }

    public static String render(ReportInput input) {
        Mustache template = FACTORY.compile(TEMPLATE);
        StringWriter out = new StringWriter();
        template.execute(out, new Object[] {new Csp(CSP), HtmlView.of(input)});
        return out.toString();
    }

    public static void write(AnalysisResult result, String toolVersion, String verdict, Instant generatedAt,
                             Path file) {
        ReportFiles.write(file, render(result, toolVersion, verdict, generatedAt));
    }

    public static void write(ReportInput input, Path file) {
        ReportFiles.write(file, render(input));
    }

    private record Csp(String csp) {
    }

    private static String sha256(String resource) {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/" + ROOT + "/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + resource);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report resource " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
