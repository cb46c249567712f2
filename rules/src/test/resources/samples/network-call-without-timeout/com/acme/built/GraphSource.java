package com.acme.built;

public interface GraphSource {
    int query(String body);
}
