package com.acme.dagger;

public interface OrderStore {
    void save(String id);
}
