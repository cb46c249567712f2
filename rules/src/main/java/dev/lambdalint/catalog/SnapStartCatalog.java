package dev.lambdalint.catalog;

import java.util.List;

/**
 * What the SnapStart checks know of libraries: the runtime hooks around the snapshot, what yields a value or a
 * generator that must differ per execution environment, and which connections do not survive a restore.
 *
 * @param hookTypes        globs of the CRaC resource interface whose hooks Lambda runs around the snapshot
 * @param beforeCheckpoint the hook run before the snapshot is taken (it is part of INIT)
 * @param afterRestore     the hook run in each restored execution environment
 * @param generators       constructions of pseudo-random generators whose state the snapshot freezes
 * @param uniqueValues     calls whose result is meant to be unique (a random UUID, {@code Math.random()})
 * @param timeReadings     calls that read the clock
 * @param durations        calls that yield the time between two readings, not a reading
 * @param draws            calls that draw a value from a generator (SecureRandom's too: the value is frozen)
 * @param fills            calls that fill their argument with random bytes
 * @param seeds            calls that (re)seed a generator
 * @param reconnecting     globs of the types of connections that reconnect on their own after a restore
 * @param eagerPools       connection pools that open connections as soon as they are built
 */
public record SnapStartCatalog(List<String> hookTypes, List<String> beforeCheckpoint, List<String> afterRestore,
                               List<CallPattern> generators, List<CallPattern> uniqueValues,
                               List<CallPattern> timeReadings, List<CallPattern> durations, List<CallPattern> draws,
                               List<CallPattern> fills, List<CallPattern> seeds, List<String> reconnecting,
                               List<EagerPool> eagerPools) {

    /**
     * A pool that fills itself with idle connections when built.
     *
     * @param construction how it is built when it starts filling at once
     * @param config       globs of the configuration type given to the construction
     * @param idleSetters  configuration calls that set how many idle connections it keeps; an argument of 0 keeps
     *                     none, so nothing goes stale
     */
    public record EagerPool(CallPattern construction, List<String> config, List<String> idleSetters) {
        public EagerPool {
            config = Copies.listOrEmpty(config);
            idleSetters = Copies.listOrEmpty(idleSetters);
        }
    }

    public SnapStartCatalog {
        hookTypes = Copies.listOrEmpty(hookTypes);
        beforeCheckpoint = Copies.listOrEmpty(beforeCheckpoint);
        afterRestore = Copies.listOrEmpty(afterRestore);
        generators = Copies.listOrEmpty(generators);
        uniqueValues = Copies.listOrEmpty(uniqueValues);
        timeReadings = Copies.listOrEmpty(timeReadings);
        durations = Copies.listOrEmpty(durations);
        draws = Copies.listOrEmpty(draws);
        fills = Copies.listOrEmpty(fills);
        seeds = Copies.listOrEmpty(seeds);
        reconnecting = Copies.listOrEmpty(reconnecting);
        eagerPools = Copies.listOrEmpty(eagerPools);
    }

    public static SnapStartCatalog empty() {
        return new SnapStartCatalog(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean reconnects(List<String> typeCandidates) {
        return typeCandidates.stream().anyMatch(t -> TypePattern.anyMatches(reconnecting, t));
    }
}
