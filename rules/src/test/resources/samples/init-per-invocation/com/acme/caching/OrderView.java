package com.acme.caching;

import java.util.List;

/** A request-scoped view that computes its total once per object: cheap, per-event work. */
public class OrderView {
    private final List<Integer> amounts;
    private Integer total;

    public OrderView(List<Integer> amounts) {
        this.amounts = amounts;
    }

    public int total() {
        if (total == null) {
            total = amounts.stream().mapToInt(Integer::intValue).sum();
        }
        return total;
    }
}
