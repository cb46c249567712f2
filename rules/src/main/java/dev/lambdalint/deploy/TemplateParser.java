package dev.lambdalint.deploy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a YAML or JSON template into {@link TemplateNode}s that keep each value's line and column. A plain YAML
 * load drops the CloudFormation short-form tags, so this reads the token stream and turns each tagged value into
 * the long form: {@code !Ref X} into {@code {"Ref": "X"}}, {@code !GetAtt A.B} into
 * {@code {"Fn::GetAtt": ["A", "B"]}}, {@code !Sub ...} into {@code {"Fn::Sub": ...}}.
 *
 * <p>YAML aliases ({@code *defaults}) are the value their anchor ({@code &defaults}) marks, shared rather than
 * copied, keeping the place where it is written; merge keys ({@code <<: *defaults}, {@code <<: [*a, *b]}) add
 * the merged mappings' keys that the mapping does not set itself, the first merged mapping winning. Jackson's
 * YAMLParser (2.23) reports the anchor of a mapping or list but not of a scalar, and cannot tell a merge key
 * from a quoted {@code "<<"}, so the YAML parser here also looks at the SnakeYAML event of each token.
 *
 * <p>Bounded: a template of at most {@link #MAX_TEMPLATE_BYTES}, values nested at most {@link #MAX_NESTING}
 * deep, and aliases adding at most {@link #MAX_ALIAS_VALUES} values (no "billion laughs"). Every failure is a
 * {@link TemplateException} with the line and column where known.
 */
final class TemplateParser {
    static final long MAX_TEMPLATE_BYTES = 64L * 1024 * 1024;
    static final int MAX_NESTING = 1000;
    static final long MAX_ALIAS_VALUES = 1_000_000;
    private static final Set<String> TAGS_WITHOUT_FN = Set.of("Ref", "Condition");
    private static final String MERGE_KEY = "<<";
    private static final String MERGE_TAG = "tag:yaml.org,2002:merge";
    /** How Jackson names a place inside a message: "[Source: REDACTED (...); line: 1, column: 7]". */
    private static final Pattern SOURCE_PLACE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING).maxDocumentLength(MAX_TEMPLATE_BYTES).build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final YAMLFactory YAML = new EventYamlFactory();

    /** A template that cannot be read, with the place of the problem (1, 1 when not known). */
    static final class TemplateException extends Exception {
        final int line;
        final int column;
        /** False when the file could not even be read as text (permissions, binary, encoding, size). */
        final boolean readable;

        TemplateException(String message, int line, int column) {
            this(message, line, column, true);
        }

        private TemplateException(String message, int line, int column, boolean readable) {
            super(message);
            this.line = Math.max(1, line);
            this.column = Math.max(1, column);
            this.readable = readable;
        }

        TemplateException(String message, Location at) {
            this(message, at.line(), at.column());
        }

        static TemplateException unreadable(String message, int line, int column) {
            return new TemplateException(message, line, column, false);
        }
    }

    /** A value and how many values it stands for once every alias in it is replayed. */
    private record Built(TemplateNode node, long size) {
    }

    private final String relativePath;
    private final JsonParser parser;
    private final EventYamlParser yaml;
    private final Map<String, Built> anchors = new HashMap<>();
    /** Anchors whose value is still being read: an alias to one would make the value contain itself. */
    private final Set<String> open = new HashSet<>();
    private long replayed;

    private TemplateParser(String relativePath, JsonParser parser) {
        this.relativePath = relativePath;
        this.parser = parser;
        this.yaml = parser instanceof EventYamlParser events ? events : null;
    }

    static TemplateNode parse(Path file, String relativePath) throws TemplateException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_TEMPLATE_BYTES) {
                throw TemplateException.unreadable("it is " + megabytes(size) + " MB, more than the "
                        + megabytes(MAX_TEMPLATE_BYTES) + " MB lambda-lint reads from a template", 1, 1);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw TemplateException.unreadable(describe(e), 1, 1);
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(text(bytes), relativePath, json);
    }

    static TemplateNode parse(String text, String relativePath, boolean json) throws TemplateException {
        if (text.isBlank()) {
            throw new TemplateException("the template is empty", 1, 1);
        }
        JsonParser parser = null;
        try {
            parser = json ? JSON.createParser(text) : YAML.createParser(text);
            if (parser.nextToken() == null) {
                throw new TemplateException("the template holds only comments, no values", 1, 1);
            }
            return new TemplateParser(relativePath, parser).value().node();
        } catch (StreamConstraintsException e) {
            Location at = place(e, parser);
            String message = String.valueOf(e.getMessage()).contains("nesting depth")
                    ? "values are nested more than " + MAX_NESTING + " levels deep, deeper than lambda-lint reads"
                    : "it exceeds what lambda-lint reads from a template: " + firstLine(e.getOriginalMessage());
            throw new TemplateException(message, at);
        } catch (JacksonException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                throw describe(marked);
            }
            throw new TemplateException(readable(firstLine(e.getOriginalMessage())), place(e, parser));
        } catch (IOException | RuntimeException e) {
            throw new TemplateException("cannot parse the template: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), place(null, parser));
        } catch (StackOverflowError e) {
            throw new TemplateException("values nested too deeply to read", 1, 1);
        } finally {
            close(parser);
        }
    }

    /**
     * The file's text: UTF-8 (a leading byte order mark dropped), or UTF-16 when a byte order mark says so, as
     * YAML allows. Binary content and undecodable bytes are reported with their place.
     */
    static String text(byte[] bytes) throws TemplateException {
        boolean utf16 = bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
        if (!utf16) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw TemplateException.unreadable("it is a binary file (it holds NUL bytes), not YAML or JSON "
                            + "text", line(bytes, i), column(bytes, i));
                }
            }
        }
        CharsetDecoder decoder = (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw TemplateException.unreadable(utf16 ? "it is not valid UTF-16 text, though it starts with a UTF-16 "
                    + "byte order mark" : String.format(Locale.ROOT, "it is not UTF-8 text (byte 0x%02X cannot be "
                    + "decoded); templates are read as UTF-8, as CloudFormation and the Serverless Framework read "
                    + "them", bytes[at] & 0xFF), utf16 ? 1 : line(bytes, at), utf16 ? 1 : column(bytes, at));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(byte[] bytes, int offset) {
        int start = offset;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return new String(bytes, start, offset - start, StandardCharsets.UTF_8).length() + 1;
    }

    /** SnakeYAML's first message line is only the context ("while parsing a block mapping"): say what is wrong. */
    private static TemplateException describe(MarkedYAMLException e) {
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String context = e.getContext() == null ? "" : " (" + e.getContext().trim() + ")";
        String problem = firstLine(e.getProblem());
        int advice = problem.indexOf(". (Do not use ");
        if (advice > 0 && !problem.contains("TAB")) {
            problem = problem.substring(0, advice); // "(Do not use @ for indentation)" fits only tabs
        }
        return new TemplateException(problem + context, at == null ? 1 : at.getLine() + 1,
                at == null ? 1 : at.getColumn() + 1);
    }

    /** Jackson's own wording where it names parser internals. */
    private static String readable(String message) {
        if (message.startsWith("Expected a field name")) {
            return message.contains("AliasEvent") ? "an alias is used as a mapping key, which lambda-lint does not read"
                    : "a mapping key is itself a mapping or a list, which a template cannot have";
        }
        return SOURCE_PLACE.matcher(message).replaceAll("line $1, column $2");
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
    }

    /** The value starting at the parser's current token. */
    private Built value() throws IOException, TemplateException {
        Location at = location();
        if (yaml != null && yaml.isCurrentAlias()) {
            return alias(parser.getText(), at);
        }
        String tag = tag();
        String anchor = yaml == null ? null : yaml.anchor();
        if (anchor != null) {
            open.add(anchor);
        }
        Built built = switch (parser.currentToken()) {
            case START_OBJECT -> mapping(at);
            case START_ARRAY -> list(at);
            case VALUE_NULL -> new Built(new TemplateNode.Scalar(null, at), 1);
            case END_OBJECT, END_ARRAY, FIELD_NAME, NOT_AVAILABLE -> throw new TemplateException(
                    "unexpected " + parser.currentToken() + " where a value should be", at);
            default -> new Built(new TemplateNode.Scalar(parser.getText(), at), 1);
        };
        if (tag != null) {
            built = new Built(intrinsic(tag, built.node(), at), built.size() + 1);
        }
        if (anchor != null) {
            open.remove(anchor);
            anchors.put(anchor, built);
        }
        return built;
    }

    private Built alias(String name, Location at) throws TemplateException {
        Built target = anchors.get(name);
        if (target == null) {
            throw new TemplateException(open.contains(name)
                    ? "the alias *" + name + " is inside the value its anchor &" + name + " marks, which would make "
                    + "that value contain itself"
                    : "the alias *" + name + " refers to no anchor &" + name + " written before it", at);
        }
        replayed += target.size();
        if (replayed > MAX_ALIAS_VALUES) {
            throw new TemplateException("its aliases expand it to more than " + MAX_ALIAS_VALUES + " values (aliases "
                    + "of aliases, as in a \"billion laughs\" document), more than lambda-lint reads", at);
        }
        return target;
    }

    /** An entry of a mapping as written: a key and its value, or a merge key and the mappings it merges. */
    private record Entry(String key, Location keyAt, TemplateNode value, List<TemplateNode.MapNode> merged) {
    }

    private Built mapping(Location at) throws IOException, TemplateException {
        List<Entry> entries = new ArrayList<>();
        Set<String> own = new HashSet<>();
        long size = 1;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = location();
            boolean merge = yaml != null && yaml.atMergeKey();
            String keyAnchor = yaml == null ? null : yaml.anchor();
            if (keyAnchor != null) {
                anchors.put(keyAnchor, new Built(new TemplateNode.Scalar(key, keyAt), 1));
            }
            parser.nextToken();
            Built value = value();
            size += value.size();
            if (merge) {
                entries.add(new Entry(key, keyAt, null, merged(value.node(), keyAt)));
            } else {
                own.add(key);
                entries.add(new Entry(key, keyAt, value.node(), null));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new TemplateException("the template ends inside a mapping", location());
        }
        Map<String, TemplateNode> values = new LinkedHashMap<>();
        Map<String, Location> keys = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.merged() == null) {
                values.put(entry.key(), entry.value());
                keys.put(entry.key(), entry.keyAt());
                continue;
            }
            for (TemplateNode.MapNode source : entry.merged()) {
                for (Map.Entry<String, TemplateNode> merged : source.values().entrySet()) {
                    if (!own.contains(merged.getKey()) && !values.containsKey(merged.getKey())) {
                        values.put(merged.getKey(), merged.getValue());
                        keys.put(merged.getKey(), source.keyAt(merged.getKey()));
                    }
                }
            }
        }
        return new Built(new TemplateNode.MapNode(values, keys, at), size);
    }

    /** What a merge key merges: a mapping, or a list of mappings (the earlier winning). */
    private static List<TemplateNode.MapNode> merged(TemplateNode value, Location keyAt) throws TemplateException {
        if (value instanceof TemplateNode.MapNode map) {
            return List.of(map);
        }
        List<TemplateNode.MapNode> maps = new ArrayList<>();
        if (value instanceof TemplateNode.ListNode list) {
            for (TemplateNode item : list.items()) {
                if (!(item instanceof TemplateNode.MapNode map)) {
                    maps.clear();
                    break;
                }
                maps.add(map);
            }
            if (!maps.isEmpty() || list.items().isEmpty()) {
                return maps;
            }
        }
        throw new TemplateException("the merge key << takes a mapping or a list of mappings (such as *defaults), "
                + "not " + (value instanceof TemplateNode.ListNode ? "a list of other values" : "a single value"),
                keyAt);
    }

    private Built list(Location at) throws IOException, TemplateException {
        List<TemplateNode> items = new ArrayList<>();
        long size = 1;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new TemplateException("the template ends inside a list", location());
            }
            Built item = value();
            items.add(item.node());
            size += item.size();
        }
        return new Built(new TemplateNode.ListNode(items, at), size);
    }

    /** The CloudFormation tag of a YAML value ("Ref", "GetAtt"), null for none or a standard YAML tag. */
    private String tag() throws IOException {
        if (yaml == null) {
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

    private Location location() {
        JsonLocation at = parser.currentTokenLocation();
        return new Location(relativePath, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    /** Where a failure is: the exception's place, else where the parser is, else the start (1, 1). */
    private static Location place(JacksonException e, JsonParser parser) {
        JsonLocation at = e == null ? null : e.getLocation();
        if ((at == null || at.getLineNr() < 1) && parser != null) {
            at = parser.currentTokenLocation();
        }
        return at == null || at.getLineNr() < 1 ? new Location("", 1, 1)
                : new Location("", at.getLineNr(), Math.max(1, at.getColumnNr()));
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException | RuntimeException e) {
                // nothing was written: closing a parser of a string cannot lose anything
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    /** The YAML factory for {@link EventYamlParser}s, with limits that large generated (CDK) templates fit. */
    private static final class EventYamlFactory extends YAMLFactory {
        EventYamlFactory() {
            super(configured());
        }

        private static YAMLFactoryBuilder configured() {
            LoaderOptions options = new LoaderOptions();
            // SnakeYAML's default input limit (3 MB) is below what large generated templates reach
            options.setCodePointLimit((int) MAX_TEMPLATE_BYTES);
            // the builder starts from no parser features, unlike new YAMLFactory(): an empty value is a null
            return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS)
                    .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
            return new EventYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    reader);
        }
    }

    /** A YAMLParser that also tells, from the SnakeYAML event of the current token, its anchor and merge keys. */
    private static final class EventYamlParser extends YAMLParser {
        EventYamlParser(IOContext context, int parserFeatures, int formatFeatures, LoaderOptions options,
                        ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, formatFeatures, options, codec, reader);
        }

        /** The anchor of the value at the current token, scalars' too (getObjectId() has only collections'). */
        String anchor() {
            return _lastEvent instanceof NodeEvent node && !(node instanceof AliasEvent) ? node.getAnchor() : null;
        }

        /** Whether the current field name is the merge key: a plain {@code <<}, not a quoted one. */
        boolean atMergeKey() {
            return currentToken() == JsonToken.FIELD_NAME && _lastEvent instanceof ScalarEvent key
                    && MERGE_KEY.equals(key.getValue()) && (key.isPlain() || MERGE_TAG.equals(key.getTag()));
        }
    }
}
