package com.acme.orders;

import java.util.List;

public record Order(String id, List<String> lines) {
}
