package dev.lambdalint.maven;

import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.outcome.Policy;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes {@code lambda-lint-baseline.json} (the {@code baseline} parameter) with every current finding, so that
 * {@code check} from then on fails only on new ones. Takes the same analysis parameters as {@code check}.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends LambdaLintMojo {

    @Override
    void run(Policy policy) throws MojoExecutionException {
        // the old baseline, if any, is replaced: it neither filters the findings nor has to be readable
        Baseline accepted = check(policy.withBaseline(null)).acceptAll();
        Path file = baselineFile();
        try {
            accepted.write(file);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: could not write the baseline " + file + ": "
                    + e.getMessage(), e);
        }
        getLog().info(accepted.writtenMessage(shown(file)));
    }
}
