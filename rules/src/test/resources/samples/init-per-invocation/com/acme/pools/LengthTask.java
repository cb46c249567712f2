package com.acme.pools;

import java.util.List;
import java.util.concurrent.RecursiveTask;

/** Sums the lengths of the ids, splitting the list in halves. */
public class LengthTask extends RecursiveTask<Integer> {
    private final List<String> ids;

    public LengthTask(List<String> ids) {
        this.ids = ids;
    }

    @Override
    protected Integer compute() {
        if (ids.size() < 2) {
            return ids.isEmpty() ? 0 : ids.get(0).length();
        }
        int half = ids.size() / 2;
        LengthTask left = new LengthTask(ids.subList(0, half));
        left.fork();
        return new LengthTask(ids.subList(half, ids.size())).compute() + left.join();
    }
}
