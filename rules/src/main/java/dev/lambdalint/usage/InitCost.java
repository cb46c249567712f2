package dev.lambdalint.usage;

/**
 * What the INIT phases of a month of cold starts cost at the recorded traffic. {@code inBilledDuration}: the
 * records' Billed Duration includes the Init Duration (on-demand functions since 1 August 2025), so this is a part of
 * the month's cost computed from them, never an addition to it; false for records from before, whose month leaves
 * the INIT phase out.
 */
public record InitCost(double monthly, String currency, boolean inBilledDuration) {
}
