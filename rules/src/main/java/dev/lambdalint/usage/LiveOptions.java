package dev.lambdalint.usage;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * How to fetch usage live from AWS. Null region, profile and credentials mean the SDK's default chains;
 * {@code endpointOverride} points both clients at another endpoint (a local test server); {@code end} is the end
 * of the look-back window (null: now); {@code timeBudget} bounds the whole fetch, retries included.
 */
public record LiveOptions(String region, String profile, URI endpointOverride, Duration lookBack, Duration timeBudget,
                          Instant end, AwsCredentialsProvider credentials) {

    public static final Duration DEFAULT_LOOK_BACK = Duration.ofDays(14);
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMinutes(2);

    public LiveOptions {
        if (lookBack == null || lookBack.isZero() || lookBack.isNegative()) {
            throw new IllegalArgumentException("the look-back must be positive");
        }
        if (timeBudget == null || timeBudget.isZero() || timeBudget.isNegative()) {
            throw new IllegalArgumentException("the time budget must be positive");
        }
    }

    /** Default chains, 14 days back from now, two minutes in all. */
    public static LiveOptions defaults() {
        return new LiveOptions(null, null, null, DEFAULT_LOOK_BACK, DEFAULT_TIME_BUDGET, null, null);
    }

    public LiveOptions withRegion(String value) {
        return new LiveOptions(value, profile, endpointOverride, lookBack, timeBudget, end, credentials);
    }

    public LiveOptions withProfile(String value) {
        return new LiveOptions(region, value, endpointOverride, lookBack, timeBudget, end, credentials);
    }

    public LiveOptions withEndpointOverride(URI value) {
        return new LiveOptions(region, profile, value, lookBack, timeBudget, end, credentials);
    }

    public LiveOptions withLookBack(Duration value) {
        return new LiveOptions(region, profile, endpointOverride, value, timeBudget, end, credentials);
    }

    public LiveOptions withTimeBudget(Duration value) {
        return new LiveOptions(region, profile, endpointOverride, lookBack, value, end, credentials);
    }

    public LiveOptions withEnd(Instant value) {
        return new LiveOptions(region, profile, endpointOverride, lookBack, timeBudget, value, credentials);
    }

    public LiveOptions withCredentials(AwsCredentialsProvider value) {
        return new LiveOptions(region, profile, endpointOverride, lookBack, timeBudget, end, value);
    }

    @Override
    public String toString() {
        // the credentials provider stays out of anything printed
        return "LiveOptions[region=" + region + ", profile=" + profile + ", endpointOverride=" + endpointOverride
                + ", lookBack=" + lookBack + ", timeBudget=" + timeBudget + ", end=" + end + "]";
    }
}
