package dev.lambdalint.cli;

import dev.lambdalint.ConfigurationException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar lambda-lint-cli.jar COMMAND [options] [PROJECT_DIR]}: the command line beside the Maven plugin.
 * Each command is a class of its own sharing {@link AnalysisOptions}; a new one is one more entry in
 * {@code subcommands}. Exit codes: {@value #PASSED} passes, {@value #FAILED} findings at the threshold,
 * {@value #USAGE} a usage or configuration error (message on stderr), {@value #BROKEN} the analysis itself failed.
 */
@Command(name = "lambda-lint", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = Version.class, sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = "lambda-lint COMMAND [OPTIONS] [PROJECT_DIR]",
        description = "Catches the mistakes that make Java AWS Lambda functions slow, expensive or fragile.",
        subcommands = {CheckCommand.class, BaselineCommand.class, FixCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:passes: no finding at or above --fail-on-severity (or --no-fail); baseline and fix did their work",
            "1:findings at or above --fail-on-severity",
            "2:usage or configuration error (message on stderr)",
            "3:the analysis itself failed (message on stderr)"})
public final class LambdaLintCli implements Callable<Integer> {
    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int BROKEN = 3;

    @Spec
    private CommandSpec spec;

    /** {@code lambda-lint} alone: a command is missing. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: check, baseline or fix");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
    }

    /**
     * Runs one command line.
     *
     * @param env the environment variables that matter here (NO_COLOR, TERM, SOURCE_DATE_EPOCH)
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        CommandLine commandLine = new CommandLine(new LambdaLintCli(), new Factory(env));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(LambdaLintCli::usageError);
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> executionError(e, command));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A wrong option or argument: the message, suggestions for a misspelt option, where to read more. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("lambda-lint: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        return USAGE;
    }

    /** Configuration the engine refuses is a usage error; anything else is the analysis failing. No stack trace. */
    private static int executionError(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        if (e instanceof ConfigurationException) {
            err.println("lambda-lint: " + e.getMessage());
            return USAGE;
        }
        err.println("lambda-lint: the analysis failed: " + e);
        return BROKEN;
    }

    /** Gives the commands the environment, so that tests choose it. */
    private record Factory(Map<String, String> env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == AnalysisOptions.class) {
                return type.cast(new AnalysisOptions(env));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
