package dev.lambdalint.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Short-form tags become the long form; every value keeps its line; broken input says where and what. */
class TemplateParserTest {

    @Test
    void shortFormTagsBecomeTheLongForm() throws Exception {
        TemplateNode root = TemplateParser.parse("""
                A: !Ref Bucket
                B: !GetAtt Queue.Arn
                C: !Sub "${Stage}-x"
                D: !Join [",", [a, !Ref B]]
                E: !If [IsProd, 1, 2]
                F: !Select [0, !Split [",", "a,b"]]
                G: !FindInMap [M, k1, k2]
                H: !ImportValue Shared
                I: !Base64 text
                J: !Condition IsProd
                K: !GetAZs ''
                L: !GetAtt [Table, StreamArn]
                """, "t.yaml", false);
        TemplateNode longForm = TemplateParser.parse("""
                A: {Ref: Bucket}
                B: {"Fn::GetAtt": [Queue, Arn]}
                C: {"Fn::Sub": "${Stage}-x"}
                D: {"Fn::Join": [",", [a, {Ref: B}]]}
                E: {"Fn::If": [IsProd, 1, 2]}
                F: {"Fn::Select": [0, {"Fn::Split": [",", "a,b"]}]}
                G: {"Fn::FindInMap": [M, k1, k2]}
                H: {"Fn::ImportValue": Shared}
                I: {"Fn::Base64": text}
                J: {Condition: IsProd}
                K: {"Fn::GetAZs": ''}
                L: {"Fn::GetAtt": [Table, StreamArn]}
                """, "t.yaml", false);
        assertEquals(strip(longForm), strip(root));
        assertEquals("Bucket", root.text("A", "Ref").orElseThrow());
        assertEquals(List.of("Queue", "Arn"), root.path("B", "Fn::GetAtt").orElseThrow().items().stream()
                .map(n -> n.text().orElseThrow()).toList());
    }

    @Test
    void valuesKeepTheirLineAndColumn() throws Exception {
        TemplateNode root = TemplateParser.parse("""
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      MemorySize: 512
                """, "template.yaml", false);
        TemplateNode properties = root.path("Resources", "Fn", "Properties").orElseThrow();
        assertEquals(new Location("template.yaml", 5, 7), properties.keyAt("MemorySize"));
        assertEquals(new Location("template.yaml", 5, 19), properties.get("MemorySize").orElseThrow().at());
    }

    @Test
    void jsonKeepsLinesToo() throws Exception {
        TemplateNode root = TemplateParser.parse("{\n  \"Resources\": {\n    \"Q\": {\"Type\": \"AWS::SQS::Queue\"}\n  }\n}",
                "stack.template.json", true);
        assertEquals(3, root.path("Resources").orElseThrow().keyAt("Q").line());
    }

    @Test
    void aliasesAreTheValueTheyPointAt() throws Exception {
        TemplateNode root = TemplateParser.parse("""
                defaults: &defaults {memorySize: 512}
                copy: *defaults
                """, "serverless.yml", false);
        assertEquals("512", root.text("copy", "memorySize").orElseThrow());
    }

    @Test
    void scalarAnchorsAndTaggedAnchorsAreReplayedToo() throws Exception {
        // Jackson's YAMLParser reports no anchor for a scalar: the alias must still be its value, never its name
        TemplateNode root = TemplateParser.parse("""
                runtime: &runtime java21
                queue: &queue !GetAtt Jobs.Arn
                empty: &nothing
                a: *runtime
                b: *queue
                c: *nothing
                """, "template.yaml", false);
        assertEquals("java21", root.text("a").orElseThrow());
        assertEquals(List.of("Jobs", "Arn"), root.path("b", "Fn::GetAtt").orElseThrow().items().stream()
                .map(n -> n.text().orElseThrow()).toList());
        assertEquals(new TemplateNode.Scalar(null, new Location("template.yaml", 3, 8)), root.get("c").orElseThrow());
        // a replayed value keeps the place where it is written
        assertEquals(new Location("template.yaml", 1, 10), root.get("a").orElseThrow().at());
    }

    @Test
    void mergeKeysAddTheKeysTheMappingDoesNotSet() throws Exception {
        TemplateNode root = TemplateParser.parse("""
                base: &base {Runtime: java21, MemorySize: 512, Timeout: 3}
                big: &big {MemorySize: 3008, Tracing: Active}
                one:
                  Timeout: 30
                  <<: *base
                  Handler: com.acme.One
                two:
                  <<: [*big, *base]
                  Timeout: 60
                inline:
                  <<: {Layer: x}
                quoted:
                  "<<": *base
                """, "template.yaml", false);
        assertEquals(Map.of("Timeout", "30", "Runtime", "java21", "MemorySize", "512", "Handler", "com.acme.One"),
                texts(root.get("one").orElseThrow()));
        assertEquals(List.of("Timeout", "Runtime", "MemorySize", "Handler"),
                List.copyOf(root.get("one").orElseThrow().fields().keySet()));
        // the first merged mapping wins over later ones; the mapping's own keys over all of them
        assertEquals(Map.of("MemorySize", "3008", "Tracing", "Active", "Runtime", "java21", "Timeout", "60"),
                texts(root.get("two").orElseThrow()));
        assertEquals("x", root.text("inline", "Layer").orElseThrow());
        // a merged key is where it is written: in the anchored mapping
        assertEquals(new Location("template.yaml", 1, 31), root.get("one").orElseThrow().keyAt("MemorySize"));
        assertEquals(new Location("template.yaml", 4, 3), root.get("one").orElseThrow().keyAt("Timeout"));
        // a quoted "<<" is an ordinary key
        assertEquals("512", root.text("quoted", "<<", "MemorySize").orElseThrow());
    }

    @Test
    void jsonHasNoMergeKeys() throws Exception {
        TemplateNode root = TemplateParser.parse("{\"a\": {\"<<\": {\"b\": 1}}}", "x.template.json", true);
        assertEquals("1", root.text("a", "<<", "b").orElseThrow());
    }

    @Test
    void aliasesThatCannotBeReplayedSayWhyAndWhere() {
        TemplateParser.TemplateException undefined = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("a: 1\nb: *missing\n", "template.yaml", false));
        assertEquals("the alias *missing refers to no anchor &missing written before it", undefined.getMessage());
        assertEquals(2, undefined.line);
        assertEquals(4, undefined.column);

        TemplateParser.TemplateException itself = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("a: &loop\n  b: [1, *loop]\n", "template.yaml", false));
        assertTrue(itself.getMessage().contains("inside the value its anchor &loop marks"), itself.getMessage());
        assertEquals(2, itself.line);

        TemplateParser.TemplateException merge = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("a: &a 5\nb:\n  <<: *a\n", "template.yaml", false));
        assertEquals("the merge key << takes a mapping or a list of mappings (such as *defaults), not a single value",
                merge.getMessage());
        assertEquals(3, merge.line);
    }

    @Test
    void billionLaughsIsRefusedEarly() {
        StringBuilder text = new StringBuilder("lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            text.append("lol").append(i).append(": &lol").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*lol" + (i - 1)))).append("]\n");
        }
        long start = System.nanoTime();
        TemplateParser.TemplateException e = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse(text.toString(), "template.yaml", false));
        assertTrue(e.getMessage().startsWith("its aliases expand it to more than 1000000 values"), e.getMessage());
        assertEquals(6, e.line);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
    }

    @Test
    void nestingBeyondTheLimitIsAMessageNotAStackOverflow() throws Exception {
        for (String deep : List.of("{a: ".repeat(10_000), "- ".repeat(10_000) + "x", "a:\n" + "  - ".repeat(10_000))) {
            TemplateParser.TemplateException e = assertThrows(TemplateParser.TemplateException.class, () ->
                    TemplateParser.parse(deep, "template.yaml", false));
            assertEquals("values are nested more than 1000 levels deep, deeper than lambda-lint reads", e.getMessage());
        }
        TemplateParser.TemplateException json = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("{\"a\": " + "[".repeat(10_000), "x.template.json", true));
        assertEquals(1, json.line);
        assertTrue(json.getMessage().startsWith("values are nested more than 1000 levels"), json.getMessage());
        // at the limit it is read
        TemplateNode atLimit = TemplateParser.parse("[".repeat(1000) + "]".repeat(1000), "x.template.json", true);
        assertEquals(1, atLimit.items().size());
    }

    @Test
    void jacksonsSourceDescriptionIsLeftOut() {
        TemplateParser.TemplateException e = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("{\"a\": [1, 2", "x.template.json", true));
        assertTrue(e.getMessage().contains("start marker at line 1, column 7"), e.getMessage());
        assertTrue(!e.getMessage().contains("Source"), e.getMessage());
    }

    @Test
    void anAnchoredKeyCanBeAValueElsewhere() throws Exception {
        TemplateNode root = TemplateParser.parse("&name Jobs: {}\nref: *name\n", "template.yaml", false);
        assertEquals("Jobs", root.text("ref").orElseThrow());
        TemplateParser.TemplateException e = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("a: &k x\n*k : y\n", "template.yaml", false));
        assertEquals("an alias is used as a mapping key, which lambda-lint does not read", e.getMessage());
        assertEquals(2, e.line);
    }

    @Test
    void aComplexKeyIsNamedPlainly() {
        TemplateParser.TemplateException e = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("Resources:\n  ? [a, b]\n  : c\n", "template.yaml", false));
        assertEquals("a mapping key is itself a mapping or a list, which a template cannot have", e.getMessage());
        assertEquals(2, e.line);
    }

    @Test
    void textIsUtf8OrUtf16WithAByteOrderMark() throws Exception {
        assertEquals("a: é", TemplateParser.text("\uFEFFa: é".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a: é", TemplateParser.text("\uFEFFa: é".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("a: é", TemplateParser.text("a: é".getBytes(StandardCharsets.UTF_16)));

        TemplateParser.TemplateException latin1 = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.text("a: 1\nb: café\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(latin1.getMessage().startsWith("it is not UTF-8 text (byte 0xE9 cannot be decoded)"),
                latin1.getMessage());
        assertEquals(2, latin1.line);
        assertEquals(7, latin1.column);
        assertTrue(!latin1.readable);

        TemplateParser.TemplateException binary = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.text(new byte[] {'P', 'K', 3, 4, 0, 0, 1}));
        assertEquals("it is a binary file (it holds NUL bytes), not YAML or JSON text", binary.getMessage());
    }

    @Test
    void brokenYamlSaysWhatAndWhere() {
        TemplateParser.TemplateException e = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("Resources:\n  Fn:\n    Type: x\n  - oops\n", "template.yaml", false));
        assertEquals(4, e.line);
        assertEquals(3, e.column);
        assertTrue(e.getMessage().contains("expected <block end>, but found '-'"), e.getMessage());
    }

    @Test
    void brokenJsonSaysWhatAndWhere() {
        TemplateParser.TemplateException e = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("{\n  \"Resources\": {\"A\": 1,}\n}", "x.template.json", true));
        assertEquals(2, e.line);
        assertTrue(e.getMessage().contains("double-quote"), e.getMessage());
    }

    @Test
    void anEmptyTemplateIsAProblem() {
        TemplateParser.TemplateException e = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("", "template.yaml", false));
        assertEquals("the template is empty", e.getMessage());
    }

    @Test
    void anEmptyValueIsNullAndAQuotedEmptyStringIsNot() throws Exception {
        TemplateNode root = TemplateParser.parse("a:\nb: ''\nc: !GetAZs ''\n", "template.yaml", false);
        assertEquals(java.util.Optional.empty(), root.text("a"));
        assertEquals(List.of(), root.get("a").orElseThrow().items());
        assertEquals("", root.text("b").orElseThrow());
        assertEquals("", root.text("c", "Fn::GetAZs").orElseThrow());
    }

    @Test
    void onlyCommentsIsAProblem() {
        TemplateParser.TemplateException e = assertThrows(TemplateParser.TemplateException.class, () ->
                TemplateParser.parse("# Resources:\n#   Fn: {}\n", "template.yaml", false));
        assertEquals("the template holds only comments, no values", e.getMessage());
    }

    private static Map<String, String> texts(TemplateNode map) {
        Map<String, String> texts = new java.util.HashMap<>();
        map.fields().forEach((k, v) -> texts.put(k, v.text().orElse(null)));
        return texts;
    }

    /** The tree without places, to compare two spellings of the same template. */
    private static Object strip(TemplateNode node) {
        if (node instanceof TemplateNode.MapNode map) {
            java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
            map.values().forEach((k, v) -> values.put(k, strip(v)));
            return values;
        }
        if (node instanceof TemplateNode.ListNode list) {
            return list.items().stream().map(TemplateParserTest::strip).toList();
        }
        return String.valueOf(((TemplateNode.Scalar) node).value());
    }
}
