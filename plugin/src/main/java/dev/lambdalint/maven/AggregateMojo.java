package dev.lambdalint.maven;

import dev.lambdalint.SourceModule;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code check} over the whole reactor at once: run on the root project ({@code mvn verify lambda-lint:aggregate}),
 * it judges the handlers of every module, each module's code resolved as the compiler does, with its own classes and
 * those of the modules it depends on (so a handler reaches helpers in a module it depends on, never in a sibling,
 * and two modules may both declare {@code helloworld.App}), each module's handlers paired with the deployed functions
 * that run that module's code (decided as {@code check} decides it in the module), and writes one report, one SARIF and one JSON under the
 * root's {@code outputDirectory}, with paths relative to the root. The baseline is the root's. Takes the same
 * parameters as {@code check}.
 */
@Mojo(name = "aggregate", aggregator = true, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresProject = true)
public class AggregateMojo extends CheckMojo {

    @Override
    boolean hasSources() {
        return true;
    }

    @Override
    List<Path> analysisSourceRoots() {
        return reactorSourceRoots();
    }

    @Override
    List<SourceModule> analysisModules() {
        return reactorModules();
    }
}
