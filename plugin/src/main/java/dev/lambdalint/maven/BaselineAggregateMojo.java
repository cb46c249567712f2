package dev.lambdalint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code baseline} for {@code aggregate}: writes the root's {@code lambda-lint-baseline.json} with every finding
 * of the whole reactor, paths relative to the root.
 */
@Mojo(name = "baseline-aggregate", aggregator = true, threadSafe = true, requiresProject = true)
public class BaselineAggregateMojo extends AggregateMojo {

    @Override
    public void execute() throws MojoExecutionException {
        writeBaseline();
    }
}
