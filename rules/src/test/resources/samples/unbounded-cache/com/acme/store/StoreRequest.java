package com.acme.store;

import java.util.List;
import java.util.Map;

/** An API-Gateway-like request: method, path parameters, body. */
public record StoreRequest(String method, Map<String, String> pathParameters, String body, List<String> ids) {
}
