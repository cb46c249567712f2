package dev.lambdalint.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
