package dev.lambdalint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One problem found. {@code path} is relative to the analysis base directory, with '/' separators; line and
 * column are 1-based and point at the start of the offending expression. {@code callChain} starts at the
 * handler entry and ends at the method holding the finding (empty for findings outside any handler).
 *
 * <p>{@code identity} is what the finding is, apart from where it sits and what it says: its rule and what it points
 * at (see {@link #identity()}). Baselines and SARIF fingerprints match findings by it. {@code suppressions} are the
 * facts a suppression decision needs: the rule ids that a {@code @SuppressWarnings("lambda-lint:<id>")} or
 * {@code lambda-lint:ignore <id>} at the finding's place names, and {@value #SUPPRESS_ALL} for a bare
 * {@code @SuppressWarnings("lambda-lint")}; whether they silence the finding is decided after the rules, in one
 * place ({@code dev.lambdalint.outcome}). {@code module} is the analyzed module whose handler reached the finding, when
 * several are analyzed together ({@code aggregate}), so that it is paired with that module's deployed functions
 * only; null when that is not told apart. It is no part of the identity.
 */
public record Finding(
        String ruleId,
        Severity severity,
        String path,
        int line,
        int column,
        String message,
        String handler,
        List<CallStep> callChain,
        String identity,
        List<String> suppressions,
        String module) {

    /** The suppression fact of {@code @SuppressWarnings("lambda-lint")}: every rule. */
    public static final String SUPPRESS_ALL = "*";

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(Finding::identity);

    public Finding {
        callChain = List.copyOf(callChain);
        identity = identity == null || identity.isBlank() ? locationIdentity(ruleId, path, line, column) : identity;
        suppressions = suppressions == null ? List.of() : suppressions.stream().sorted().distinct().toList();
    }

    public Finding(String ruleId, Severity severity, String path, int line, int column, String message,
                   String handler, List<CallStep> callChain, String identity, List<String> suppressions) {
        this(ruleId, severity, path, line, column, message, handler, callChain, identity, suppressions, null);
    }

    /** A finding whose rule gave no anchor: it is identified by its place, as nothing better is known. */
    public Finding(String ruleId, Severity severity, String path, int line, int column, String message,
                   String handler, List<CallStep> callChain) {
        this(ruleId, severity, path, line, column, message, handler, callChain, null, List.of());
    }

    /**
     * The finding's identity: {@code <rule> | <what it points at>}, never its message, figures, line or the handlers
     * that reach it. For code, what it points at is the enclosing type (qualified), the member (method signature,
     * constructor, field or initializer) and the flagged expression's text without whitespace differences or
     * comments: {@code client-per-invocation | com.acme.OrderHandler | handleRequest(Order, Context) |
     * DynamoDbClient.create()}; for a template setting the template, the function's logical id and the setting:
     * {@code timeout-risk | template.yaml | OrdersFunction | Timeout}; for a file, its path and the kind of problem.
     * A second finding with the same anchor ends in {@code | #2}, counted in the order of their places.
     */
    @Override
    public String identity() {
        return identity;
    }

    /** The identity as a short stable hash (32 hex digits), for SARIF {@code partialFingerprints}. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The same finding at another severity (the user's per-rule setting). */
    public Finding withSeverity(Severity value) {
        return value == severity ? this : new Finding(ruleId, value, path, line, column, message, handler, callChain,
                identity, suppressions, module);
    }

    /** The same finding, reached from a handler of this module. */
    public Finding inModule(String name) {
        return Objects.equals(name, module) ? this : new Finding(ruleId, severity, path, line, column, message,
                handler, callChain, identity, suppressions, name);
    }

    /** Whether a suppression at the finding's place names its rule (or every rule). */
    public boolean suppressedFor(String id) {
        return suppressions.contains(SUPPRESS_ALL) || suppressions.contains(Objects.requireNonNull(id));
    }

    /** "A.handleRequest -> A.save -> Clients.dynamo", or "" when there is no chain. */
    public String chainText() {
        return String.join(" -> ", callChain.stream().map(CallStep::method).toList());
    }

    private static String locationIdentity(String ruleId, String path, int line, int column) {
        return ruleId + " | " + path + " | " + line + ":" + column;
    }
}
