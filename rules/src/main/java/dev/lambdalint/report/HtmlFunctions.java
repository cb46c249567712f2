package dev.lambdalint.report;

import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.sizing.UsageFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-function part of the HTML report: configured memory against the peak used and the recommendation, and
 * the duration distribution, as bars of an inline SVG whose geometry is computed here, so that the template only
 * prints numbers (escaped like every value). Costs and verdicts as sentences.
 */
final class HtmlFunctions {
    static final int CHART_WIDTH = 520;
    static final int LABEL_WIDTH = 150;
    static final int BAR_HEIGHT = 16;
    static final int ROW_HEIGHT = 24;
    /** Room right of the longest bar for its value. */
    private static final int VALUE_ROOM = 110;
    /** A timeout this many times the longest duration or more is named, not drawn: it would flatten the bars. */
    private static final double TIMEOUT_DRAWN_WITHIN = 4;

    record Panel(String name, String anchor, String location, String deployedAs, String usageNames, Usage usage) {
        public boolean hasUsage() {
            return usage != null;
        }

        public boolean hasDeployedName() {
            return deployedAs != null;
        }

        Panel withAnchor(String id) {
            return new Panel(name, id, location, deployedAs, usageNames, usage);
        }
    }

    record Usage(String facts, String memoryStatus, String memoryVerdict, String timeoutStatus, String timeoutVerdict,
                 Chart memory, Chart durations, String cost, String cpuWarning, List<SizeRow> sizes, String coldStart,
                 String errors, boolean hasErrors) {
        public boolean hasCost() {
            return cost != null;
        }

        public boolean hasCpuWarning() {
            return cpuWarning != null;
        }

        public boolean hasSizes() {
            return !sizes.isEmpty();
        }
    }

    /** An SVG of horizontal bars, and optionally one vertical marker (the timeout). */
    record Chart(String label, int width, int height, List<Bar> bars, Marker marker) {
        public boolean hasMarker() {
            return marker != null;
        }
    }

    record Bar(String label, String value, String kind, int y, int textY, String barX, String barWidth,
               String valueX) {
    }

    record Marker(String x, int y2, String label, String labelX) {
    }

    record SizeRow(String memory, String invocations, String peak, String p50, String p95, String max,
                   String costPerInvocation) {
    }

    private HtmlFunctions() {
    }

    static Panel panel(FunctionFigures f) {
        String location = f.path() + ":" + f.line();
        String names = f.usageNames().isEmpty() ? "" : String.join(", ", f.usageNames());
        return new Panel(f.function(), anchor(f), location, f.deployedName(), names,
                f.usage() == null ? null : usage(f, f.usage()));
    }

    private static String anchor(FunctionFigures f) {
        return "function-" + (f.path() + "-" + f.function()).replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static Usage usage(FunctionFigures f, UsageFigures u) {
        String facts = SizingText.plural(u.invocations(), "invocation") + (u.invocationsPerMonth() == null ? ""
                : " (" + SizingText.count(Math.round(u.invocationsPerMonth())) + " a month)") + "; " + f.architecture()
                + (f.memoryMb() == null ? "" : ", " + SizingText.mb(f.memoryMb()) + ("template".equals(f.memorySource())
                ? "" : " (" + f.memorySource() + ")")) + (f.timeoutSeconds() == null ? "" : ", timeout "
                + f.timeoutSeconds() + " s") + ".";
        return new Usage(facts, u.memoryStatus(), u.memoryExplanation(), u.timeoutStatus(), u.timeoutExplanation(),
                memoryChart(f, u), durationChart(f, u), cost(f, u), u.cpuBoundWarning(), sizes(u), coldStart(u),
                errors(u), u.errors() > 0);
    }

    /** The cold starts, their INIT phases' Init Duration and what those cost a month. */
    private static String coldStart(UsageFigures u) {
        UsageFigures.ColdStartFigures c = u.coldStart();
        if (c.count() == 0) {
            return "No cold start recorded.";
        }
        String starts = SizingText.count(c.count()) + " of " + SizingText.plural(u.invocations(), "invocation") + " ("
                + SizingText.rate(c.share()) + ")";
        if (c.initCount() == 0) {
            return starts + ", all SnapStart restores: no INIT phase.";
        }
        String inits = c.initCount() == c.count() ? "" : ", " + SizingText.count(c.initCount()) + " of them with an INIT "
                + "phase (the others SnapStart restores)";
        String cost = c.initMonthlyCost() == null ? ""
                : "; the INIT phases cost " + SizingText.money(c.initMonthlyCost(), u.currency()) + " a month, "
                + (c.initInBilledDuration() ? "included in the month's cost" : "on top of the month's cost (the "
                + "records' Billed Duration leaves INIT out)");
        return starts + inits + ": Init Duration p50 " + SizingText.ms(c.initP50Ms()) + ", p95 "
                + SizingText.ms(c.initP95Ms()) + cost + ".";
    }

    /** The invocations that ended in an error, by kind. */
    private static String errors(UsageFigures u) {
        if (u.errors() == 0) {
            return "none of " + SizingText.plural(u.invocations(), "invocation") + ".";
        }
        return SizingText.count(u.errors()) + " of " + SizingText.plural(u.invocations(), "invocation") + " ("
                + SizingText.rate(u.errorRate()) + "): " + UsageSummary.kinds(u) + ".";
    }

    private static Chart memoryChart(FunctionFigures f, UsageFigures u) {
        List<double[]> values = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        if (f.memoryMb() != null) {
            values.add(new double[] {f.memoryMb()});
            labels.add(new String[] {"configured", SizingText.mb(f.memoryMb()), "configured"});
        }
        values.add(new double[] {u.peakMemoryMb()});
        labels.add(new String[] {"peak used", SizingText.mb(u.peakMemoryMb())
                + (f.memoryMb() == null ? "" : " (" + SizingText.percent((double) u.peakMemoryMb() / f.memoryMb()) + ")"),
                "peak-" + u.memoryStatus()});
        if (u.recommendedMb() != null) {
            values.add(new double[] {u.recommendedMb()});
            labels.add(new String[] {"recommended", (u.recommendationIsFloor() ? "at least " : "")
                    + SizingText.mb(u.recommendedMb()), "recommended"});
        }
        double scale = values.stream().mapToDouble(v -> v[0]).max().orElse(1);
        return chart("Memory: configured, peak used and recommended", values, labels, scale, null);
    }

    private static Chart durationChart(FunctionFigures f, UsageFigures u) {
        double[] ms = {u.p50Ms(), u.p95Ms(), u.p99Ms(), u.maxMs()};
        String[] names = {"p50", "p95", "p99", "max"};
        List<double[]> values = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        for (int i = 0; i < ms.length; i++) {
            values.add(new double[] {ms[i]});
            labels.add(new String[] {"duration " + names[i], SizingText.ms(ms[i]), "duration"});
        }
        double scale = Math.max(u.maxMs(), 1);
        Double timeoutMs = f.timeoutSeconds() == null ? null : f.timeoutSeconds() * 1000.0;
        boolean drawTimeout = timeoutMs != null && timeoutMs <= u.maxMs() * TIMEOUT_DRAWN_WITHIN;
        if (drawTimeout) {
            scale = Math.max(scale, timeoutMs);
        }
        String label = "Duration distribution" + (timeoutMs == null ? "" : ", timeout " + f.timeoutSeconds() + " s");
        return chart(label, values, labels, scale, drawTimeout ? timeoutMs : null);
    }

    /** labels: {name, value text, CSS kind}. */
    private static Chart chart(String title, List<double[]> values, List<String[]> labels, double scale,
                               Double markerAt) {
        double span = CHART_WIDTH - LABEL_WIDTH - VALUE_ROOM;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double width = scale <= 0 ? 0 : Math.max(1, values.get(i)[0] / scale * span);
            int y = 4 + i * ROW_HEIGHT;
            String[] label = labels.get(i);
            bars.add(new Bar(label[0], label[1], label[2], y, y + BAR_HEIGHT - 3, number(LABEL_WIDTH), number(width),
                    number(LABEL_WIDTH + width + 6)));
        }
        int height = 8 + values.size() * ROW_HEIGHT;
        Marker marker = null;
        if (markerAt != null) {
            double x = LABEL_WIDTH + markerAt / scale * span;
            marker = new Marker(number(x), height - 4, "timeout", number(x + 3));
        }
        return new Chart(title, CHART_WIDTH, height, bars, marker);
    }

    private static String cost(FunctionFigures f, UsageFigures u) {
        if (u.monthlyCost() == null) {
            return null;
        }
        String now = SizingText.money(u.monthlyCost(), u.currency());
        if (u.recommendedMb().equals(f.memoryMb())) {
            return "A month at the recorded traffic costs " + now + " at " + SizingText.mb(f.memoryMb()) + ".";
        }
        String then = SizingText.money(u.recommendedMonthlyCost(), u.currency());
        return "A month at the recorded traffic: " + now + " now, " + then + " at "
                + SizingText.mb(u.recommendedMb()) + " (the same durations assumed).";
    }

    private static List<SizeRow> sizes(UsageFigures u) {
        return u.sizes().stream().map(s -> new SizeRow(SizingText.mb(s.memoryMb()), SizingText.count(s.invocations()),
                SizingText.mb(s.peakMemoryMb()), SizingText.ms(s.p50Ms()), SizingText.ms(s.p95Ms()),
                SizingText.ms(s.maxMs()), SizingText.money(s.costPerInvocation(), u.currency()))).toList();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
