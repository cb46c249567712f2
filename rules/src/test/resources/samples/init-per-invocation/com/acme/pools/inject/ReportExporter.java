package com.acme.pools.inject;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.inject.Inject;

/** Unscoped: the component makes a new one, and so a new pool, for every exporter() call. */
public class ReportExporter {
    private final ExecutorService pool;
    private final Archiver archiver;

    @Inject
    ReportExporter(Archiver archiver) {
        this.archiver = archiver;
        this.pool = Executors.newCachedThreadPool(); // Noncompliant {{ExecutorService (thread pool) is built on every invocation of ExportHandler.handleRequest}}
    }

    public String export(String id) {
        pool.submit(() -> archiver.archive(id));
        return id;
    }
}
