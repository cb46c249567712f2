package com.acme.orders;

import static java.net.http.HttpClient.newHttpClient;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import okhttp3.OkHttpClient;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** HTTP clients of every family, built per invocation of a stream handler. */
public class HttpClientsHandler implements RequestStreamHandler {
    private final OkHttpClient shared = new OkHttpClient();

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) {
        HttpClient java1 = HttpClient.newHttpClient(); // Noncompliant {{HttpClient (Java HTTP client)}}
        HttpClient java2 = HttpClient.newBuilder().build(); // Noncompliant
        HttpClient java3 = newHttpClient(); // Noncompliant
        OkHttpClient ok1 = new OkHttpClient(); // Noncompliant
        OkHttpClient ok2 = new OkHttpClient.Builder().build(); // Noncompliant {{OkHttpClient (OkHttp client)}}
        OkHttpClient derived = shared.newBuilder().build();
        CloseableHttpClient apache4 = HttpClients.createDefault(); // Noncompliant
        CloseableHttpClient apache4b = HttpClientBuilder.create().build(); // Noncompliant
        var apache5 = org.apache.hc.client5.http.impl.classic.HttpClients.custom().build(); // Noncompliant {{Apache HttpClient 5}}
        var sdkApache = ApacheHttpClient.builder().build(); // Noncompliant
        var sdkUrl = UrlConnectionHttpClient.create(); // Noncompliant
        var sdkNetty = NettyNioAsyncHttpClient.builder().build(); // Noncompliant
        var sdkCrt = AwsCrtHttpClient.create(); // Noncompliant
        HttpClient.Builder unbuilt = HttpClient.newBuilder();
    }
}
