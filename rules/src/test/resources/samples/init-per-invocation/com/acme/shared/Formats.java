package com.acme.shared;

public interface Formats {
    String ORDER_ID = "ord_[0-9a-f]{16}";
}
