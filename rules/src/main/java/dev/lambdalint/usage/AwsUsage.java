package dev.lambdalint.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.LoggingConfig;

/**
 * Fetches deployed settings (Lambda GetFunctionConfiguration, or ListFunctions for a name prefix) and recorded
 * usage (CloudWatch Logs FilterLogEvents over the look-back window) live from AWS. Never throws for an AWS
 * failure: each becomes one line in the result's problems, and the fetch goes on where it can.
 */
public final class AwsUsage {
    /** REPORT records in text and JSON log format, and the lines that end an invocation by timeout or OOM. */
    static final String FILTER_PATTERN = "?\"REPORT RequestId\" ?\"platform.report\" ?\"Task timed out\""
            + " ?\"signal: killed\" ?\"java.lang.OutOfMemoryError\"";
    private static final String SOURCE = "aws";
    private static final int EVENTS_PER_PAGE = 10_000;
    private static final int FUNCTIONS_PER_PAGE = 50;

    private final AwsClients clients;
    private final long deadlineNanos;
    private final Instant end;
    private final Instant start;
    private final List<DeployedFunction> functions = new ArrayList<>();
    private final List<ReportRecord> reports = new ArrayList<>();
    private final List<AbnormalEnd> ends = new ArrayList<>();
    private final List<UsageProblem> problems = new ArrayList<>();
    private boolean stopped;

    private AwsUsage(AwsClients clients, LiveOptions options) {
        this.clients = clients;
        this.deadlineNanos = System.nanoTime() + options.timeBudget().toNanos();
        this.end = options.end() != null ? options.end() : Instant.now();
        this.start = end.minus(options.lookBack());
    }

    /** The settings and records of the named functions (names, or ARNs as Lambda accepts them). */
    public static LiveUsage fetch(LiveOptions options, Collection<String> functionNames) {
        return run(options, session -> {
            for (String name : new TreeSet<>(functionNames)) {
                if (session.stopped) {
                    break;
                }
                GetFunctionConfigurationResponse config = session.call("lambda:GetFunctionConfiguration", name,
                        "unknown function '" + name + "' (check the name, the region and the account)",
                        timeout -> session.clients.lambda().getFunctionConfiguration(b -> b.functionName(name)
                                .overrideConfiguration(timeout)));
                if (config != null) {
                    session.readLogs(deployed(config.functionName(), config.memorySize(), config.timeout(),
                            config.architecturesAsStrings(), config.loggingConfig()));
                }
            }
        });
    }

    /** The settings and records of every function whose name starts with {@code prefix} (ListFunctions). */
    public static LiveUsage fetchByPrefix(LiveOptions options, String prefix) {
        return run(options, session -> {
            List<DeployedFunction> matching = new ArrayList<>();
            String marker = null;
            do {
                String page = marker;
                ListFunctionsResponse response = session.call("lambda:ListFunctions", "the account",
                        "lambda:ListFunctions found nothing",
                        timeout -> session.clients.lambda().listFunctions(b -> b.marker(page)
                                .maxItems(FUNCTIONS_PER_PAGE).overrideConfiguration(timeout)));
                if (response == null) {
                    break;
                }
                for (FunctionConfiguration f : response.functions()) {
                    if (f.functionName().startsWith(prefix)) {
                        matching.add(deployed(f.functionName(), f.memorySize(), f.timeout(),
                                f.architecturesAsStrings(), f.loggingConfig()));
                    }
                }
                marker = next(marker, response.nextMarker());
            } while (marker != null && !session.stopped);
            matching.forEach(f -> {
                if (!session.stopped) {
                    session.readLogs(f);
                }
            });
            if (matching.isEmpty() && !session.stopped && session.problems.isEmpty()) {
                session.problems.add(UsageProblem.of(SOURCE, "no function's name starts with '" + prefix + "'"));
            }
        });
    }

    private static LiveUsage run(LiveOptions options, Consumer<AwsUsage> work) {
        AwsClients clients;
        try {
            clients = AwsClients.open(options);
        } catch (SdkException e) {
            String line = AwsFailures.describe(e, "connect", "AWS", "", options.profile()).line();
            return new LiveUsage(List.of(), new RecordedUsage(List.of(), List.of(),
                    List.of(UsageProblem.of(SOURCE, line))), options.lookBack(), false);
        }
        try (clients) {
            AwsUsage session = new AwsUsage(clients, options);
            work.accept(session);
            return new LiveUsage(session.functions, new RecordedUsage(session.reports, session.ends,
                    session.problems), options.lookBack(), !session.stopped);
        }
    }

    private void readLogs(DeployedFunction function) {
        functions.add(function);
        String token = null;
        do {
            String page = token;
            FilterLogEventsResponse response = call("logs:FilterLogEvents", function.logGroup(),
                    "log group " + function.logGroup() + " does not exist: " + function.name()
                            + " has logged nothing yet, or logs elsewhere",
                    timeout -> clients.logs().filterLogEvents(FilterLogEventsRequest.builder()
                            .logGroupName(function.logGroup())
                            .startTime(start.toEpochMilli())
                            .endTime(end.toEpochMilli())
                            .filterPattern(FILTER_PATTERN)
                            .limit(EVENTS_PER_PAGE)
                            .nextToken(page)
                            .overrideConfiguration(timeout)
                            .build()));
            if (response == null) {
                return;
            }
            response.events().forEach(event -> accept(function.name(), event));
            token = next(token, response.nextToken());
        } while (token != null && !stopped);
    }

    private void accept(String function, FilteredLogEvent event) {
        Instant time = event.timestamp() == null ? null : Instant.ofEpochMilli(event.timestamp());
        Parsed parsed = JsonRecords.event(event.message() == null ? "" : event.message(), time);
        if (parsed instanceof Parsed.Report r) {
            reports.add(r.record().withFunction(function, NameSource.DEPLOYED));
        } else if (parsed instanceof Parsed.End e) {
            ends.add(e.end().withFunction(function, NameSource.DEPLOYED));
        } else if (parsed instanceof Parsed.Malformed m) {
            problems.add(UsageProblem.of(SOURCE, function + " event " + event.eventId() + ": " + m.reason()));
        }
    }

    /** Calls AWS within what is left of the time budget; on failure records one line and returns null. */
    private <T> T call(String action, String resource, String notFound,
                       Function<AwsRequestOverrideConfiguration, T> request) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            stop("the time budget ran out before " + action + " on " + resource
                    + "; the usage read so far is partial: raise the time budget or shorten the look-back");
            return null;
        }
        try {
            return request.apply(AwsRequestOverrideConfiguration.builder()
                    .apiCallTimeout(Duration.ofNanos(remaining)).build());
        } catch (SdkException e) {
            AwsFailures.Failure failure = AwsFailures.describe(e, action, resource, notFound, clients.profile());
            if (failure.fatal()) {
                stop(failure.line());
            } else {
                problems.add(UsageProblem.of(SOURCE, failure.line()));
            }
            return null;
        }
    }

    private void stop(String line) {
        stopped = true;
        problems.add(UsageProblem.of(SOURCE, line));
    }

    /** The next page token; null at the end, and when AWS repeats a token (it would loop). */
    private static String next(String current, String next) {
        return next == null || next.isEmpty() || next.equals(current) ? null : next;
    }

    private static DeployedFunction deployed(String name, Integer memory, Integer timeout, List<String> architectures,
                                             LoggingConfig logging) {
        String group = logging != null && logging.logGroup() != null ? logging.logGroup() : "/aws/lambda/" + name;
        String format = logging != null && logging.logFormatAsString() != null ? logging.logFormatAsString() : "Text";
        return new DeployedFunction(name, memory == null ? 128 : memory, timeout == null ? 3 : timeout,
                Architecture.parse(architectures.isEmpty() ? null : architectures.get(0)), group, format);
    }
}
