package dev.lambdalint.deploy;

/** A resource a template declares, with its physical name when the template sets one (else unknown). */
public record CloudResource(String scope, String logicalId, String type, Value physicalName, Location at) {
}
