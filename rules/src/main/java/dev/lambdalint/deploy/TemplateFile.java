package dev.lambdalint.deploy;

import java.nio.file.Path;

/**
 * A template to read: its file, its path relative to the analysis base, its format, the stack name when known
 * (from a CDK manifest), and whether the user named it (a found {@code *.template.json} that turns out to be no
 * CloudFormation template is skipped quietly; a named one is reported).
 */
public record TemplateFile(Path path, String relativePath, Format format, String stackName, boolean named) {

    public enum Format { CLOUDFORMATION, SERVERLESS }
}
