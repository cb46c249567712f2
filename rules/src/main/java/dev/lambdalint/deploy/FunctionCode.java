package dev.lambdalint.deploy;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a deployed function's code is built from, as its deployment description writes it: SAM {@code CodeUri},
 * CloudFormation {@code Code}, Serverless {@code package.artifact}, CDK {@code Code.fromAsset(...)}.
 *
 * @param scope     the function's scope (its template), with {@code logicalId} naming the function
 * @param path      the folder, jar or zip, absolute; null when the code is not a local path (an S3 object)
 * @param written   how the description writes it, for messages
 */
record FunctionCode(String scope, String logicalId, Path path, String written) {

    /** A local path written relative to {@code base}; null for an S3 location, a URL or no valid path. */
    static FunctionCode of(LambdaFunction function, Path base, String written) {
        String text = written == null ? "" : written.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty() || lower.startsWith("s3://") || lower.contains("://")) {
            return null;
        }
        try {
            return new FunctionCode(function.scope(), function.logicalId(),
                    base.toAbsolutePath().resolve(text).normalize(), text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    boolean describes(LambdaFunction function) {
        return scope.equals(function.scope()) && logicalId.equals(function.logicalId());
    }
}
