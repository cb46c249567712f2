package com.acme.timers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Reactor schedulers made per invocation with the new* factories, one of them disposed when the call ends (still
 * reported: its threads are started again on the next call); the shared schedulers Reactor keeps, one made once and
 * a scheduler around a pool made once are quiet.
 */
public class ReactorHandler implements RequestHandler<List<String>, String> {
    private static final Scheduler SHARED = Schedulers.newParallel("shared", 2);
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);

    @Override
    public String handleRequest(List<String> ids, Context context) {
        Scheduler parallel = Schedulers.newParallel("ids"); // Noncompliant {{Scheduler (Reactor scheduler) is built on every invocation of ReactorHandler.handleRequest: every call starts a new scheduler}}
        Scheduler blocking = Schedulers.newBoundedElastic(4, 100, "io"); // Noncompliant {{Reactor scheduler}}
        Scheduler single = Schedulers.newSingle("one"); // Noncompliant {{build it once in a static final field or the handler's constructor}}
        try {
            return Flux.fromIterable(ids).publishOn(parallel).map(String::trim)
                    .publishOn(blocking).publishOn(single)
                    .publishOn(Schedulers.parallel()).publishOn(Schedulers.boundedElastic())
                    .publishOn(Schedulers.single()).publishOn(Schedulers.immediate()).publishOn(SHARED)
                    .publishOn(Schedulers.fromExecutorService(WORKERS))
                    .collectList().map(List::toString).block();
        } finally {
            single.dispose();
        }
    }
}
