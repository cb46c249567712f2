package dev.lambdalint.usage;

import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns an SDK exception into one plain line (never a stack trace, never a credential) and says whether the
 * rest of the fetch can go on: a credentials, connection or time-budget failure would only repeat for every call.
 */
final class AwsFailures {
    private static final Set<String> BAD_CREDENTIALS = Set.of("ExpiredTokenException", "ExpiredToken",
            "RequestExpired", "UnrecognizedClientException", "InvalidClientTokenId", "InvalidSignatureException",
            "SignatureDoesNotMatch", "IncompleteSignature", "InvalidAccessKeyId", "MissingAuthenticationToken",
            "InvalidToken");
    private static final Set<String> ACCESS_DENIED = Set.of("AccessDeniedException", "AccessDenied",
            "AuthorizationError");

    private AwsFailures() {
    }

    record Failure(boolean fatal, String line) {
    }

    /**
     * @param action the IAM action, e.g. {@code lambda:GetFunctionConfiguration}
     * @param resource the function or log group the call was about
     * @param notFound what a not-found answer means for this call
     */
    static Failure describe(SdkException e, String action, String resource, String notFound, String profile) {
        if (e instanceof ApiCallTimeoutException) {
            return new Failure(true, "the time budget ran out during " + action + " on " + resource
                    + "; raise the time budget or shorten the look-back");
        }
        if (e instanceof AwsServiceException service) {
            return service(service, action, resource, notFound);
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof SdkClientException && message.contains("unable to load region")) {
            return new Failure(true, "no AWS region: pass one, or set AWS_REGION or a region in the profile");
        }
        if (e instanceof SdkClientException && mentionsCredentials(message)) {
            return new Failure(true, "no usable AWS credentials" + (profile == null ? " in the default chain"
                    : " for profile '" + profile + "'") + " (missing, or an expired SSO session: run aws sso login)");
        }
        return new Failure(true, "cannot reach AWS for " + action + ": " + firstLine(e.getMessage()));
    }

    private static Failure service(AwsServiceException e, String action, String resource, String notFound) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        int status = e.statusCode();
        if (code != null && BAD_CREDENTIALS.contains(code)) {
            return new Failure(true, "AWS rejected the credentials (" + code + "): they are expired or invalid; "
                    + "refresh them and run again");
        }
        if ((code != null && ACCESS_DENIED.contains(code)) || status == 403) {
            return new Failure(false, "access denied: " + action + " on " + resource + "; the credentials need "
                    + action);
        }
        if ("ResourceNotFoundException".equals(code) || status == 404) {
            return new Failure(false, notFound);
        }
        if (e.isThrottlingException()) {
            return new Failure(false, "throttled by AWS on " + action + " for " + resource
                    + " even after retries; run again later or shorten the look-back");
        }
        return new Failure(false, action + " on " + resource + " failed: " + (code == null ? "error" : code)
                + " (HTTP " + status + ")");
    }

    private static boolean mentionsCredentials(String lowerCaseMessage) {
        return lowerCaseMessage.contains("credential") || lowerCaseMessage.contains("profile")
                || lowerCaseMessage.contains("sso");
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }
}
