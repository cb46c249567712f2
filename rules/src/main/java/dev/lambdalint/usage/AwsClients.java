package dev.lambdalint.usage;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.utils.IoUtils;

/** The two SDK clients of a live fetch, sharing one URLConnection HTTP client, with the SDK's standard retries. */
record AwsClients(LambdaClient lambda, CloudWatchLogsClient logs, SdkHttpClient http,
                  AwsCredentialsProvider credentials, boolean ownsCredentials, String profile) implements AutoCloseable {

    static AwsClients open(LiveOptions options) {
        Region region = options.region() != null ? Region.of(options.region())
                : DefaultAwsRegionProviderChain.builder().profileName(options.profile()).build().getRegion();
        boolean own = options.credentials() == null;
        AwsCredentialsProvider credentials = !own ? options.credentials()
                : options.profile() != null ? ProfileCredentialsProvider.create(options.profile())
                : DefaultCredentialsProvider.builder().build();
        SdkHttpClient http = UrlConnectionHttpClient.builder().build();
        // standard mode: throttling and transient errors are retried with exponential backoff and jitter
        ClientOverrideConfiguration retries = ClientOverrideConfiguration.builder()
                .retryStrategy(RetryMode.STANDARD)
                .build();
        var lambda = LambdaClient.builder().region(region).credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(retries);
        var logs = CloudWatchLogsClient.builder().region(region).credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(retries);
        if (options.endpointOverride() != null) {
            lambda.endpointOverride(options.endpointOverride());
            logs.endpointOverride(options.endpointOverride());
        }
        return new AwsClients(lambda.build(), logs.build(), http, credentials, own, options.profile());
    }

    @Override
    public void close() {
        lambda.close();
        logs.close();
        http.close();
        if (ownsCredentials && credentials instanceof AutoCloseable closeable) {
            IoUtils.closeQuietly(closeable, null);
        }
    }
}
