package dev.lambdalint.cli;

import dev.lambdalint.config.PluginConfiguration;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An option's value: the one given on the command line, else the one the POM gives the plugin's parameter of the same
 * name ({@code --aws-look-back-days} for {@code awsLookBackDays}), else the option's own default.
 */
record PomDefaults(PluginConfiguration pom, Predicate<String> given) {
    /** The plugin's parameters, every goal's. */
    static final Set<String> PARAMETERS = PluginConfiguration.PARAMETERS;
    /**
     * Parameters with no meaning here: the command line runs when asked, and analyzes one directory (no reactor to
     * follow).
     */
    static final Set<String> IGNORED = Set.of("skip", "followReactorDependencies");

    List<String> list(String parameter, List<String> value) {
        return given(parameter) ? value : pom.list(parameter).orElse(value);
    }

    String string(String parameter, String value) {
        return given(parameter) ? value : pom.string(parameter).orElse(value);
    }

    boolean bool(String parameter, boolean value) {
        return given(parameter) ? value : pom.bool(parameter).orElse(value);
    }

    Integer integer(String parameter, Integer value) {
        return given(parameter) ? value : pom.integer(parameter).orElse(value);
    }

    /** A path parameter, relative to the project as Maven resolves a {@code File} parameter's. */
    Path path(String parameter, Path value) {
        return given(parameter) ? value : pom.string(parameter).map(Path::of).orElse(value);
    }

    private boolean given(String parameter) {
        String option = switch (parameter) {
            case "outputDirectory" -> "--output-dir";
            default -> AnalysisOptions.optionName(parameter);
        };
        return given.test(option);
    }
}
