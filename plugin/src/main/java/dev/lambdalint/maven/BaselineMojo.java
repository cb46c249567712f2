package dev.lambdalint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes {@code lambda-lint-baseline.json} (the {@code baseline} parameter) with every current finding, so that
 * {@code check} from then on fails only on new ones. Takes the same analysis parameters as {@code check}.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends CheckMojo {

    @Override
    public void execute() throws MojoExecutionException {
        writeBaseline();
    }
}
