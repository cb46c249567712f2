package dev.lambdalint.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Everything read from usage files or AWS: REPORT records, separate timeout/OOM lines, and what could not be read. */
public record RecordedUsage(List<ReportRecord> reports, List<AbnormalEnd> abnormalEnds, List<UsageProblem> problems) {

    public RecordedUsage {
        reports = List.copyOf(reports);
        abnormalEnds = List.copyOf(abnormalEnds);
        problems = List.copyOf(problems);
    }

    public static RecordedUsage empty() {
        return new RecordedUsage(List.of(), List.of(), List.of());
    }

    public RecordedUsage plus(RecordedUsage other) {
        return concat(List.of(this, other));
    }

    /** All the parts in order: files read one by one, or files and a live fetch. */
    public static RecordedUsage concat(List<RecordedUsage> parts) {
        List<ReportRecord> reports = new ArrayList<>();
        List<AbnormalEnd> ends = new ArrayList<>();
        List<UsageProblem> problems = new ArrayList<>();
        for (RecordedUsage part : parts) {
            reports.addAll(part.reports);
            ends.addAll(part.abnormalEnds);
            problems.addAll(part.problems);
        }
        return new RecordedUsage(reports, ends, problems);
    }

    /** The function names the records carry, sorted. */
    public SortedSet<String> functions() {
        SortedSet<String> names = new TreeSet<>();
        reports.forEach(r -> names.add(r.function()));
        abnormalEnds.forEach(e -> names.add(e.function()));
        return names;
    }

    /** Statistics per function, sorted by name. */
    public Map<String, FunctionUsage> statistics() {
        Map<String, List<ReportRecord>> reportsByName = reports.stream()
                .collect(Collectors.groupingBy(ReportRecord::function));
        Map<String, List<AbnormalEnd>> endsByName = abnormalEnds.stream()
                .collect(Collectors.groupingBy(AbnormalEnd::function));
        Map<String, FunctionUsage> byName = new TreeMap<>();
        for (String name : functions()) {
            byName.put(name, FunctionUsage.of(name, reportsByName.getOrDefault(name, List.of()),
                    endsByName.getOrDefault(name, List.of())));
        }
        return byName;
    }
}
