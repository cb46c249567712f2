package dev.lambdalint.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a deployment template from the other JSON and YAML files a project keeps under a template's name (an
 * OpenAPI {@code template.json}, an application's {@code serverless.yml} for another tool). A CloudFormation or SAM
 * template has {@code Resources}, {@code AWSTemplateFormatVersion} or {@code Transform} at its top level; a
 * Serverless Framework configuration has {@code service} and {@code functions}. A file that does not even parse is
 * judged by its text: whether those keys are written in it.
 */
final class TemplateRecognition {
    /** How much of a file that does not parse is looked at for the keys of a template. */
    private static final int SNIFF_BYTES = 1024 * 1024;
    private static final Pattern CLOUDFORMATION_KEY =
            Pattern.compile("(?m)(^|[{,\\s])\"?(Resources|AWSTemplateFormatVersion|Transform)\"?\\s*:");
    private static final Pattern SERVERLESS_SERVICE = Pattern.compile("(?m)^\"?service\"?\\s*:|[{,]\\s*\"service\"\\s*:");
    private static final Pattern SERVERLESS_FUNCTIONS =
            Pattern.compile("(?m)^\"?functions\"?\\s*:|[{,]\\s*\"functions\"\\s*:");
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*#.*$");

    /** What the text of a file that does not parse says about it. */
    enum Guess { TEMPLATE, NOT_A_TEMPLATE, UNREADABLE }

    private TemplateRecognition() {
    }

    /** Why a parsed file is no template of its format; empty when it is one. */
    static Optional<String> whyNotATemplate(TemplateFile.Format format, TemplateNode root) {
        if (!(root instanceof TemplateNode.MapNode)) {
            return Optional.of(CloudFormationReader.notATemplate(root, false));
        }
        if (format == TemplateFile.Format.SERVERLESS) {
            if (root.get("service").isEmpty()) {
                return Optional.of("it has no service");
            }
            return root.get("functions").isPresent() ? Optional.empty() : Optional.of("it declares no functions");
        }
        boolean template = root.get("Resources").isPresent() || root.get("AWSTemplateFormatVersion").isPresent()
                || root.get("Transform").isPresent();
        return template ? Optional.empty()
                : Optional.of("it has no Resources, AWSTemplateFormatVersion or Transform at its top level");
    }

    /** Whether the text of a file that does not parse shows the keys of a template of its format. */
    static Guess guess(Path file, TemplateFile.Format format) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException | RuntimeException e) {
            return Guess.UNREADABLE;
        }
        boolean utf16 = head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
                || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE);
        if (!utf16) {
            for (byte b : head) {
                if (b == 0) {
                    return Guess.NOT_A_TEMPLATE; // binary content is never a template
                }
            }
        }
        // the keys are ASCII: Latin-1 decodes any byte, so text in another encoding still shows them
        String text = COMMENT_LINE.matcher(new String(head, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1))
                .replaceAll("");
        boolean template = format == TemplateFile.Format.SERVERLESS
                ? SERVERLESS_SERVICE.matcher(text).find() && SERVERLESS_FUNCTIONS.matcher(text).find()
                : CLOUDFORMATION_KEY.matcher(text).find();
        return template ? Guess.TEMPLATE : Guess.NOT_A_TEMPLATE;
    }
}
