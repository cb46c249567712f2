package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** The lines for failures the WireMock tests cannot provoke without leaving localhost. */
class AwsFailuresTest {

    private static AwsFailures.Failure describe(Exception e) {
        return AwsFailures.describe((SdkException) e, "logs:FilterLogEvents",
                "/aws/lambda/orders-fn", "not found", null);
    }

    private static AwsServiceException service(String code, int status) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("detail").build()).build();
    }

    @Test
    void noRegionAnywhere() {
        AwsFailures.Failure f = describe(SdkClientException.create("Unable to load region from any of the providers in "
                + "the chain software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain@1a2b3c: [...]"));
        assertEquals(new AwsFailures.Failure(true, "no AWS region: pass one, or set AWS_REGION or a region in the "
                + "profile"), f);
    }

    @Test
    void noCredentialsInTheDefaultChain() {
        assertEquals(new AwsFailures.Failure(true, "no usable AWS credentials in the default chain (missing, or an "
                + "expired SSO session: run aws sso login)"),
                describe(SdkClientException.create("Unable to load credentials from any of the providers")));
    }

    @Test
    void throttledEvenAfterTheRetries() {
        assertEquals(new AwsFailures.Failure(false, "throttled by AWS on logs:FilterLogEvents for /aws/lambda/orders-fn "
                + "even after retries; run again later or shorten the look-back"),
                describe(service("ThrottlingException", 400)));
    }

    @Test
    void anyOtherServiceErrorNamesItsCodeAndStatus() {
        assertEquals(new AwsFailures.Failure(false, "logs:FilterLogEvents on /aws/lambda/orders-fn failed: "
                + "ServiceUnavailableException (HTTP 503)"), describe(service("ServiceUnavailableException", 503)));
        assertEquals(new AwsFailures.Failure(false, "not found"), describe(service("ResourceNotFoundException", 400)));
    }

    @Test
    void noConnectionStopsTheFetchWithTheFirstLineOfTheCause() {
        assertEquals(new AwsFailures.Failure(true, "cannot reach AWS for logs:FilterLogEvents: Unable to execute HTTP "
                + "request: Connection refused"), describe(SdkClientException.create(
                        "Unable to execute HTTP request: Connection refused\nsecond line")));
    }
}
