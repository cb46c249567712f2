package dev.lambdalint.sizing;

import dev.lambdalint.deploy.Deployment;
import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.deploy.Value;
import dev.lambdalint.live.LiveStep;
import dev.lambdalint.usage.Architecture;
import dev.lambdalint.usage.DeployedFunction;
import dev.lambdalint.usage.FunctionSettings;
import dev.lambdalint.usage.FunctionUsage;
import dev.lambdalint.usage.LambdaPricing;
import dev.lambdalint.usage.MemoryVerdict;
import dev.lambdalint.usage.RecordedUsage;
import dev.lambdalint.usage.SizeUsage;
import dev.lambdalint.usage.UsageAssessment;
import dev.lambdalint.usage.UsageFiles;
import dev.lambdalint.usage.UsageThresholds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The template functions with their recorded usage: usage read from files (and from AWS in live mode), matched to
 * the functions, and assessed against each one's memory, timeout and architecture. The template's values are the
 * ones judged, since they are what the next deployment sets; where the template leaves one unknown, the deployed
 * value (live mode) or, for memory, the size the records ran with stands in, and a note says so.
 */
public final class Sizing {
    private static final Sizing NONE = new Sizing(List.of(), SizingSummary.NONE, LambdaPricing.defaults());
    static final int MAX_PROBLEM_LINES = 20;
    /** The limit in seconds that stands in for an unknown timeout, whose verdict is then ignored. */
    private static final int UNKNOWN_TIMEOUT = 900;

    private final List<FunctionSizing> functions;
    private final SizingSummary summary;
    private final LambdaPricing pricing;

    private Sizing(List<FunctionSizing> functions, SizingSummary summary, LambdaPricing pricing) {
        this.functions = List.copyOf(functions);
        this.summary = summary;
        this.pricing = pricing;
    }

    /** No usage asked for: nothing to judge. */
    public static Sizing none() {
        return NONE;
    }

    /**
     * @param fetched           what the live step read from AWS ({@link LiveStep.Result#NONE} without live mode)
     * @param thresholds        the verdicts' thresholds, from the memory and timeout rules' options
     * @param noteTooLittleData whether to note functions with too few invocations to judge over-provisioning (not
     *                          when that rule is off)
     */
    public static Sizing assess(Deployment deployment, UsageInput input, LiveStep.Result fetched, Path baseDir,
                                UsageThresholds thresholds, boolean noteTooLittleData) {
        if (!input.any()) {
            return NONE;
        }
        LambdaPricing pricing = LambdaPricing.defaults();
        List<String> notes = new ArrayList<>();
        RecordedUsage recorded = UsageFiles.read(input.files().stream().map(baseDir::resolve).toList());
        List<DeployedFunction> deployed = List.of();
        Set<String> liveNames = new HashSet<>();
        if (input.live() != null) {
            notes.add(fetched.summary());
            notes.addAll(fetched.notes());
            deployed = fetched.deployed();
            liveNames.addAll(fetched.usage().functions());
            recorded = recorded.plus(fetched.usage());
        }
        // other modules' functions take part in the matching, so that their usage is theirs rather than unmatched
        List<LambdaFunction> candidates = new ArrayList<>(deployment.functions());
        candidates.addAll(deployment.otherModules());
        UsageMatcher.Result match = new UsageMatcher(candidates, input.functionNames(), input.stackName())
                .match(recorded.functions()).onlyThe(deployment.functions().size());
        Duration liveWindow = input.live() == null ? null : input.live().lookBack();

        List<FunctionSizing> sized = new ArrayList<>();
        for (int i = 0; i < deployment.functions().size(); i++) {
            LambdaFunction function = deployment.functions().get(i);
            List<String> names = match.namesByFunction().getOrDefault(i, List.of());
            FunctionUsage usage = names.isEmpty() ? null : usageOf(function, names, recorded);
            Optional<DeployedFunction> live = deployedAs(function, names, deployed);
            Duration window = names.stream().anyMatch(liveNames::contains) ? liveWindow : null;
            sized.add(assess(function, names, usage, live, window, thresholds, pricing, notes));
        }
        SizingSummary summary = Summaries.of(sized, recorded, match, notes, noteTooLittleData, baseDir, pricing);
        return new Sizing(sized, summary, pricing);
    }

    public List<FunctionSizing> functions() {
        return functions;
    }

    /** The same assessment, judging only these functions (one module's); the summary stays that of all. */
    public Sizing only(List<LambdaFunction> judged) {
        return new Sizing(functions.stream().filter(f -> judged.contains(f.function())).toList(), summary, pricing);
    }

    /** The same assessment, its summary naming for each function the modules whose code it runs. */
    public Sizing withModules(Function<LambdaFunction, List<String>> owners) {
        if (summary.functions().size() != functions.size()) {
            return this; // no usage asked for: no function is summarized
        }
        List<FunctionFigures> figures = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            figures.add(summary.functions().get(i).runningCodeOf(owners.apply(functions.get(i).function())));
        }
        return new Sizing(functions, new SizingSummary(summary.usageRead(), figures, summary.unmatched(),
                summary.notes(), summary.problems()), pricing);
    }

    public SizingSummary summary() {
        return summary;
    }

    public LambdaPricing pricing() {
        return pricing;
    }

    private static FunctionSizing assess(LambdaFunction function, List<String> names, FunctionUsage usage,
                                         Optional<DeployedFunction> live, Duration window,
                                         UsageThresholds thresholds, LambdaPricing pricing, List<String> notes) {
        OptionalInt templateMemory = function.memoryMb().intValue();
        OptionalInt templateTimeout = function.timeoutSeconds().intValue();
        String memorySource = "template";
        Integer memory = templateMemory.isPresent() ? Integer.valueOf(templateMemory.getAsInt()) : null;
        if (memory == null && live.isPresent()) {
            memory = live.get().memoryMb();
            memorySource = "deployed";
        } else if (memory == null && usage != null && !usage.sizes().isEmpty()) {
            memory = usage.sizes().stream().max(Comparator.comparingInt(SizeUsage::invocations)).orElseThrow()
                    .memorySizeMb();
            memorySource = "records";
        }
        if (memory != null && !templateMemory.isPresent()) {
            notes.add(function.name() + ": the template's memory is not known before deployment ("
                    + reason(function.memoryMb().value()) + "); judged against the " + memory + " MB "
                    + (memorySource.equals("deployed") ? "deployed now" : "the records ran with"));
        }
        if (templateMemory.isPresent() && live.isPresent() && live.get().memoryMb() != templateMemory.getAsInt()) {
            notes.add(function.name() + ": the template sets " + templateMemory.getAsInt() + " MB, the deployed "
                    + live.get().name() + " has " + live.get().memoryMb() + " MB (not deployed yet?)");
        }
        Integer timeout = templateTimeout.isPresent() ? Integer.valueOf(templateTimeout.getAsInt())
                : live.map(DeployedFunction::timeoutSeconds).orElse(null);
        Architecture architecture = architecture(function, live);
        UsageAssessment assessment = null;
        if (usage != null && memory != null && memory > 0) {
            FunctionSettings settings = new FunctionSettings(memory, timeout == null || timeout <= 0
                    ? UNKNOWN_TIMEOUT : timeout, architecture);
            assessment = UsageAssessment.of(usage, settings, thresholds, pricing, window);
        }
        return new FunctionSizing(function, names, usage, assessment, timeout != null && timeout > 0,
                memory == null ? null : memorySource);
    }

    /** All records of the matched names as one function's: the same request read twice counts once. */
    private static FunctionUsage usageOf(LambdaFunction function, List<String> names, RecordedUsage recorded) {
        Set<String> wanted = Set.copyOf(names);
        return FunctionUsage.of(function.name(),
                recorded.reports().stream().filter(r -> wanted.contains(r.function())).toList(),
                recorded.abnormalEnds().stream().filter(e -> wanted.contains(e.function())).toList());
    }

    private static Optional<DeployedFunction> deployedAs(LambdaFunction function, List<String> names,
                                                         List<DeployedFunction> deployed) {
        Optional<String> name = UsageMatcher.deployedName(function);
        return deployed.stream()
                .filter(d -> names.contains(d.name()) || name.filter(d.name()::equals).isPresent())
                .findFirst();
    }

    private static Architecture architecture(LambdaFunction function, Optional<DeployedFunction> live) {
        Optional<String> written = function.architecture().value().literal();
        if (written.isPresent()) {
            try {
                return Architecture.parse(written.get());
            } catch (IllegalArgumentException e) {
                // an architecture this tool does not price: the deployed one, or Lambda's default
            }
        }
        return live.map(DeployedFunction::architecture).orElse(Architecture.X86_64);
    }

    private static String reason(Value value) {
        return value instanceof Value.Unknown unknown ? unknown.reason() : "not a number";
    }

    /** Whether the memory verdict stands on too few invocations to say more. */
    static boolean tooLittleData(UsageAssessment assessment) {
        return assessment.memory().status() == MemoryVerdict.Status.INSUFFICIENT_DATA;
    }
}
