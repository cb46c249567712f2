package dev.lambdalint.deploy;

import java.nio.file.Path;

/**
 * A template to read: its file, its path relative to the analysis base, its format, the stack name when known
 * (from a CDK manifest), and whether the user named it (a found file that turns out to be no template is skipped
 * with a note; a named one is reported). A CDK app written in Java is its {@code cdk.json}.
 */
public record TemplateFile(Path path, String relativePath, Format format, String stackName, boolean named) {

    public enum Format { CLOUDFORMATION, SERVERLESS, CDK_JAVA }
}
