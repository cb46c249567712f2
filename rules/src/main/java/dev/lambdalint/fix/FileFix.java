package dev.lambdalint.fix;

import java.util.List;

/**
 * Every fix of one file at once, as edits of the file as it was analyzed ({@code sha256} of its text): what
 * {@code lambda-lint:fix} writes. The edits of several fixes are planned together (names that do not clash, one
 * import for two fields, a try that loses all its resources), so they are not simply the union of each fix's own.
 */
public record FileFix(String path, String sha256, List<TextEdit> edits) {

    public FileFix {
        edits = List.copyOf(edits);
    }
}
