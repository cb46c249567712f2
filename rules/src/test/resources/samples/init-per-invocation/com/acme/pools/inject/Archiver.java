package com.acme.pools.inject;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.inject.Inject;
import javax.inject.Singleton;

/** A singleton of a component kept in a static field: its pool is made once per execution environment. */
@Singleton
public class Archiver {
    private final ExecutorService uploads;

    @Inject
    Archiver() {
        this.uploads = Executors.newFixedThreadPool(2);
    }

    public String archive(String id) {
        uploads.submit(id::trim);
        return id;
    }
}
