package com.acme.tools;

import java.net.http.HttpClient;

/** Nothing calls this from a handler. */
public class Unreached {
    public HttpClient client() {
        return HttpClient.newHttpClient();
    }
}
