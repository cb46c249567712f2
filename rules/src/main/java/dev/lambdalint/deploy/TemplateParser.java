package dev.lambdalint.deploy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML or JSON template into {@link TemplateNode}s that keep each value's line and column. A plain YAML
 * load drops the CloudFormation short-form tags, so this reads the token stream and turns each tagged value into
 * the long form: {@code !Ref X} into {@code {"Ref": "X"}}, {@code !GetAtt A.B} into
 * {@code {"Fn::GetAtt": ["A", "B"]}}, {@code !Sub ...} into {@code {"Fn::Sub": ...}}. YAML aliases are
 * replaced by the value they point at.
 */
final class TemplateParser {
    /** Large generated (CDK) templates exceed SnakeYAML's default 3 MB input limit. */
    private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;
    private static final Set<String> TAGS_WITHOUT_FN = Set.of("Ref", "Condition");

    /** A template that cannot be read, with the place of the problem (1, 1 when not known). */
    static final class TemplateException extends Exception {
        final int line;
        final int column;

        TemplateException(String message, int line, int column) {
            super(message);
            this.line = Math.max(1, line);
            this.column = Math.max(1, column);
        }
    }

    private final String relativePath;
    private final Map<String, TemplateNode> anchors = new HashMap<>();

    private TemplateParser(String relativePath) {
        this.relativePath = relativePath;
    }

    static TemplateNode parse(Path file, String relativePath) throws TemplateException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new TemplateException("cannot read the template: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), 1, 1);
        }
        boolean json = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        return parse(text, relativePath, json);
    }

    static TemplateNode parse(String text, String relativePath, boolean json) throws TemplateException {
        TemplateParser reader = new TemplateParser(relativePath);
        try (JsonParser parser = json ? new JsonFactory().createParser(text) : yamlFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new TemplateException("the template is empty", 1, 1);
            }
            return reader.value(parser);
        } catch (JacksonException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
                throw describe(yaml);
            }
            JsonLocation at = e.getLocation();
            throw new TemplateException(firstLine(e.getOriginalMessage()), at == null ? 1 : at.getLineNr(),
                    at == null ? 1 : at.getColumnNr());
        } catch (IOException | RuntimeException e) {
            throw new TemplateException("cannot parse the template: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), 1, 1);
        } catch (StackOverflowError e) {
            throw new TemplateException("values nested too deeply to read", 1, 1);
        }
    }

    /** SnakeYAML's first message line is only the context ("while parsing a block mapping"): say what is wrong. */
    private static TemplateException describe(MarkedYAMLException e) {
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String context = e.getContext() == null ? "" : " (" + e.getContext().trim() + ")";
        return new TemplateException(firstLine(e.getProblem()) + context, at == null ? 1 : at.getLine() + 1,
                at == null ? 1 : at.getColumn() + 1);
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        return YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_YAML_CODE_POINTS).build())
                .build();
    }

    /** The value starting at the parser's current token. */
    private TemplateNode value(JsonParser parser) throws IOException {
        Location at = location(parser);
        String tag = tag(parser);
        String anchor = parser instanceof YAMLParser yaml ? yaml.getObjectId() : null;
        TemplateNode node = switch (parser.currentToken()) {
            case START_OBJECT -> mapping(parser, at);
            case START_ARRAY -> list(parser, at);
            case VALUE_NULL -> new TemplateNode.Scalar(null, at);
            default -> alias(parser, at);
        };
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return tag == null ? node : intrinsic(tag, node, at);
    }

    private TemplateNode mapping(JsonParser parser, Location at) throws IOException {
        Map<String, TemplateNode> values = new LinkedHashMap<>();
        Map<String, Location> keys = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = location(parser);
            parser.nextToken();
            values.put(key, value(parser));
            keys.put(key, keyAt);
        }
        return new TemplateNode.MapNode(values, keys, at);
    }

    private TemplateNode list(JsonParser parser, Location at) throws IOException {
        List<TemplateNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser));
        }
        return new TemplateNode.ListNode(items, at);
    }

    private TemplateNode alias(JsonParser parser, Location at) throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias() && anchors.containsKey(parser.getText())) {
            return anchors.get(parser.getText());
        }
        String text = parser.getText();
        return new TemplateNode.Scalar(text, at);
    }

    /** The CloudFormation tag of a YAML value ("Ref", "GetAtt"), null for none or a standard YAML tag. */
    private static String tag(JsonParser parser) throws IOException {
        if (!(parser instanceof YAMLParser yaml)) {
            return null;
        }
        String tag = yaml.getTypeId();
        return tag == null || tag.isBlank() || tag.startsWith("tag:yaml.org,2002:") ? null : tag;
    }

    private static TemplateNode intrinsic(String tag, TemplateNode argument, Location at) {
        String name = TAGS_WITHOUT_FN.contains(tag) ? tag : "Fn::" + tag;
        TemplateNode value = argument;
        if (tag.equals("GetAtt") && argument instanceof TemplateNode.Scalar scalar && scalar.value() != null
                && scalar.value().indexOf('.') > 0) {
            int dot = scalar.value().indexOf('.');
            value = new TemplateNode.ListNode(List.of(new TemplateNode.Scalar(scalar.value().substring(0, dot), at),
                    new TemplateNode.Scalar(scalar.value().substring(dot + 1), at)), at);
        }
        return new TemplateNode.MapNode(Map.of(name, value), Map.of(name, at), at);
    }

    private Location location(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return new Location(relativePath, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
