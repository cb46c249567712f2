package dev.lambdalint.maven;

import dev.lambdalint.SourceModule;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code baseline} for {@code aggregate}: writes the root's {@code lambda-lint-baseline.json} with every finding
 * of the whole reactor, paths relative to the root.
 */
@Mojo(name = "baseline-aggregate", aggregator = true, threadSafe = true, requiresProject = true)
public class BaselineAggregateMojo extends BaselineMojo {

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
