package dev.lambdalint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import dev.lambdalint.sizing.UsageFigures;

/** The {@code functions} and {@code unmatchedUsage} sections of {@code lambda-lint.json}; see {@link JsonReport}. */
final class JsonFunctions {
    private JsonFunctions() {
    }

    static void write(ObjectNode root, SizingSummary sizing) {
        ArrayNode functions = root.putArray("functions");
        for (FunctionFigures f : sizing.functions()) {
            ObjectNode node = functions.addObject();
            node.put("function", f.function());
            node.put("handler", f.handler());
            node.put("path", f.path());
            node.put("line", f.line());
            node.put("deployedName", f.deployedName());
            ArrayNode names = node.putArray("usageNames");
            f.usageNames().forEach(names::add);
            node.put("architecture", f.architecture());
            node.put("memoryMb", f.memoryMb());
            node.put("memorySource", f.memorySource());
            node.put("timeoutSeconds", f.timeoutSeconds());
            if (f.usage() == null) {
                node.putNull("usage");
            } else {
                usage(node.putObject("usage"), f.usage());
            }
        }
        ArrayNode unmatched = root.putArray("unmatchedUsage");
        for (SizingSummary.UnmatchedUsage u : sizing.unmatched()) {
            ObjectNode node = unmatched.addObject();
            node.put("name", u.name());
            node.put("invocations", u.invocations());
        }
    }

    private static void usage(ObjectNode node, UsageFigures u) {
        node.put("invocations", u.invocations());
        node.put("peakMemoryMb", u.peakMemoryMb());
        ObjectNode duration = node.putObject("durationMs");
        duration.put("p50", u.p50Ms());
        duration.put("p95", u.p95Ms());
        duration.put("p99", u.p99Ms());
        duration.put("max", u.maxMs());
        node.put("coldStarts", u.coldStarts());
        node.put("timeouts", u.timeouts());
        node.put("outOfMemoryEnds", u.outOfMemoryEnds());
        ObjectNode memory = node.putObject("memory");
        memory.put("status", u.memoryStatus());
        memory.put("explanation", u.memoryExplanation());
        ObjectNode timeout = node.putObject("timeout");
        timeout.put("status", u.timeoutStatus());
        timeout.put("explanation", u.timeoutExplanation());
        ObjectNode recommendation = node.putObject("recommendation");
        recommendation.put("memoryMb", u.recommendedMb());
        recommendation.put("atLeast", u.recommendationIsFloor());
        if (u.monthlyCost() == null) {
            node.putNull("monthlyCost");
        } else {
            ObjectNode cost = node.putObject("monthlyCost");
            cost.put("currency", u.currency());
            cost.put("current", u.monthlyCost());
            cost.put("recommended", u.recommendedMonthlyCost());
        }
        node.put("cpuBoundWarning", u.cpuBoundWarning());
        ArrayNode sizes = node.putArray("sizes");
        for (UsageFigures.SizeFigures s : u.sizes()) {
            ObjectNode size = sizes.addObject();
            size.put("memoryMb", s.memoryMb());
            size.put("invocations", s.invocations());
            size.put("peakMemoryMb", s.peakMemoryMb());
            size.put("p50Ms", s.p50Ms());
            size.put("p95Ms", s.p95Ms());
            size.put("maxMs", s.maxMs());
            size.put("costPerInvocation", s.costPerInvocation());
        }
    }
}
