package dev.lambdalint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.sizing.UsageFigures;
import java.util.List;

/** The {@code functions}, {@code whereToStart} and {@code unmatchedUsage} sections of {@code lambda-lint.json}; see {@link JsonReport}. */
final class JsonFunctions {
    private JsonFunctions() {
    }

    static void write(ObjectNode root, SizingSummary sizing, List<WhereToStart.Entry> entries) {
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
            ArrayNode modules = node.putArray("modules");
            f.modules().forEach(modules::add);
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
        ArrayNode start = root.putArray("whereToStart");
        for (WhereToStart.Entry e : entries) {
            ObjectNode node = start.addObject();
            node.put("function", e.function().function());
            node.put("handler", e.function().handler());
            node.put("invocationsPerMonth", e.usage().invocationsPerMonth());
            node.put("monthlyCost", e.usage().monthlyCost());
            node.put("currency", e.usage().currency());
            node.put("findings", e.findings().size());
            for (Severity severity : Severity.values()) {
                node.put(severity.id(), e.count(severity));
            }
        }
        ArrayNode unmatched = root.putArray("unmatchedUsage");
        for (SizingSummary.UnmatchedUsage u : sizing.unmatched()) {
            ObjectNode node = unmatched.addObject();
            node.put("name", u.name());
            node.put("invocations", u.invocations());
        }
    }

    /** The usage read, with its errors; null without usage. */
    static void summary(ObjectNode summary, SizingSummary sizing) {
        if (!sizing.usageRead()) {
            summary.putNull("usage");
            return;
        }
        UsageSummary u = UsageSummary.of(sizing);
        ObjectNode node = summary.putObject("usage");
        node.put("functions", u.functions());
        node.put("invocations", u.invocations());
        node.put("errors", u.errors());
        node.put("errorRate", SizingText.round(u.errorRate()));
    }

    /** The functions with usage a finding belongs to, with their traffic; empty without usage. */
    static void functionsOf(ObjectNode node, Finding finding, SizingSummary sizing) {
        ArrayNode functions = node.putArray("functions");
        for (FunctionFigures f : WhereToStart.functionsOf(finding, sizing)) {
            ObjectNode function = functions.addObject();
            function.put("function", f.function());
            function.put("invocationsPerMonth", f.usage().invocationsPerMonth());
            function.put("monthlyCost", f.usage().monthlyCost());
            function.put("currency", f.usage().currency());
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
        node.put("invocationsPerMonth", u.invocationsPerMonth());
        node.put("coldStarts", u.coldStarts());
        node.put("timeouts", u.timeouts());
        node.put("outOfMemoryEnds", u.outOfMemoryEnds());
        node.put("otherErrors", u.otherErrors());
        node.put("errors", u.errors());
        node.put("errorRate", u.errorRate());
        UsageFigures.ColdStartFigures c = u.coldStart();
        ObjectNode coldStart = node.putObject("coldStart");
        coldStart.put("count", c.count());
        coldStart.put("share", c.share());
        coldStart.put("initCount", c.initCount());
        coldStart.put("initP50Ms", c.initP50Ms());
        coldStart.put("initP95Ms", c.initP95Ms());
        coldStart.put("initMonthlyCost", c.initMonthlyCost());
        coldStart.put("initInMonthlyCost", c.initInBilledDuration());
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
