package com.acme.built;

public interface StatsSource {
    int count(String url);
}
