package com.acme.resttemplate;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

/** Spring's RestTemplate: shared once built, a new one per call registers its message converters again. */
public class RestTemplateHandler implements RequestHandler<String, String> {
    private static final RestTemplate SHARED = new RestTemplate();
    private final RestTemplate timed;

    public RestTemplateHandler() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(2_000);
        factory.setReadTimeout(5_000);
        timed = new RestTemplate(factory);
    }

    @Override
    public String handleRequest(String url, Context context) {
        String shared = SHARED.getForObject(url, String.class);
        String viaTimed = timed.getForObject(url, String.class);
        RestTemplate perCall = new RestTemplate(); // Noncompliant {{RestTemplate}}
        return shared + viaTimed + perCall.getForObject(url, String.class) + post(url);
    }

    private String post(String url) {
        return new RestTemplate().postForObject(url, "body", String.class); // Noncompliant {{RestTemplate}}
    }
}
