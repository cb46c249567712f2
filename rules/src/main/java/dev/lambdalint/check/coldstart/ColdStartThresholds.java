package dev.lambdalint.check.coldstart;

import dev.lambdalint.check.RuleContext;

/**
 * When recorded cold starts are worth a finding of rule {@code cold-start}: the values of its options.
 *
 * @param initP95Ms      the Init Duration's p95 must be at least this long
 * @param coldStartShare and at least this share of the invocations must run an INIT phase
 * @param minInvocations with fewer recorded invocations the share means nothing
 * @param minColdStarts  with fewer INIT phases their p95 is one value's luck
 */
record ColdStartThresholds(double initP95Ms, double coldStartShare, int minInvocations, int minColdStarts) {

    static ColdStartThresholds of(RuleContext context, ColdStart rule) {
        return new ColdStartThresholds(context.option(rule, ColdStart.INIT_P95_MS),
                context.option(rule, ColdStart.COLD_START_SHARE), context.option(rule, ColdStart.MIN_INVOCATIONS),
                context.option(rule, ColdStart.MIN_COLD_STARTS));
    }
}
