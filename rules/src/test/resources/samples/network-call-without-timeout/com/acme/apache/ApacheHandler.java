package com.acme.apache;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** Apache HttpClient 4 and 5: no RequestConfig, no socket timeout, no bound. */
public class ApacheHandler implements RequestHandler<String, String> {
    private static final CloseableHttpClient DEFAULT = HttpClients.createDefault();
    private static final RequestConfig TIMEOUTS = RequestConfig.custom()
            .setConnectTimeout(2000).setConnectionRequestTimeout(1000).setSocketTimeout(5000).build();
    private static final CloseableHttpClient CONFIGURED = HttpClients.custom()
            .setDefaultRequestConfig(TIMEOUTS).build();

    @Override
    public String handleRequest(String url, Context context) {
        try (CloseableHttpResponse response = DEFAULT.execute(new HttpGet(url))) { // Noncompliant {{Apache HttpClient 4}} {{setDefaultRequestConfig}}
            HttpGet bounded = new HttpGet(url + "/bounded");
            bounded.setConfig(TIMEOUTS);
            String perRequest = EntityUtils.toString(DEFAULT.execute(bounded).getEntity());
            String configured = EntityUtils.toString(CONFIGURED.execute(new HttpGet(url + "/configured")).getEntity());
            String withContext = EntityUtils.toString(DEFAULT.execute(new HttpGet(url + "/context"),
                    HttpClientContext.create()).getEntity());
            return EntityUtils.toString(response.getEntity()) + perRequest + configured + withContext
                    + FiveClient.post(url);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
