package dev.lambdalint.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A proof that a property holds at every place reachable from some starts: a breadth-first search that stops at the
 * first place where it fails, or when more than {@code budget} places were visited (unproved). Places proved or
 * refuted are kept in {@code known}, so later searches stop where earlier ones did.
 */
final class ProofSearch {
    private ProofSearch() {
    }

    /**
     * {@code holds.test(place, next)} says whether the property holds at the place provided it holds at the places
     * it adds to {@code next}.
     */
    static <K> boolean everywhere(List<K> starts, Map<K, Boolean> known, int budget, BiPredicate<K, List<K>> holds) {
        Set<K> visited = new HashSet<>();
        ArrayDeque<K> queue = new ArrayDeque<>();
        if (!enqueue(starts, known, visited, queue)) {
            return false;
        }
        while (!queue.isEmpty()) {
            if (visited.size() > budget) {
                return false;
            }
            K place = queue.poll();
            List<K> next = new ArrayList<>();
            if (!holds.test(place, next)) {
                known.put(place, false);
                return false;
            }
            if (!enqueue(next, known, visited, queue)) {
                return false;
            }
        }
        visited.forEach(place -> known.put(place, true));
        return true;
    }

    /** Queues the places not yet visited nor proved; false when one of them is known to fail. */
    private static <K> boolean enqueue(List<K> places, Map<K, Boolean> known, Set<K> visited, ArrayDeque<K> queue) {
        for (K place : places) {
            Boolean answer = known.get(place);
            if (Boolean.FALSE.equals(answer)) {
                return false;
            }
            if (answer == null && visited.add(place)) {
                queue.add(place);
            }
        }
        return true;
    }
}
