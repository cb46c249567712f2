package com.acme.springcontext.perrun.service;

import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.sqs.SqsClient;

/** A scanned component: the context builds it, so its constructor runs at every start. */
@Service
public class ReportService {
    private final SqsClient queue;

    public ReportService() {
        this.queue = SqsClient.create(); // Noncompliant {{of AnalyserHandler.handleRequest, paying client start-up and new connections on every call. It runs as part of the start-up of the Spring application context, which is started on every invocation (the call chain shows where): start the context once}}
    }

    public String report() {
        return queue.toString();
    }
}
