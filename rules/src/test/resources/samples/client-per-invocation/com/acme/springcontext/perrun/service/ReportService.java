package com.acme.springcontext.perrun.service;

import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.sqs.SqsClient;

/** A scanned component: the context builds it, so its constructor runs at every start. */
@Service
public class ReportService {
    private final SqsClient queue;

    public ReportService() {
        this.queue = SqsClient.create(); // Noncompliant {{started on every invocation, by AnalyserHandler.handleRequest (line 15): start the context once}}
    }

    public String report() {
        return queue.toString();
    }
}
