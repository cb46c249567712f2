package com.acme.orders;

import java.util.List;

public record Order(String id, String customer, String region, Status status, List<String> skus) {
}
