package dev.lambdalint.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A function a template deploys, with every setting the checks use. {@code name} is how people call it: the
 * logical id in a CloudFormation template, the function's key in serverless.yml. {@code deployedName} is its
 * name in AWS: literal when the template sets or implies it, else unknown with the rule by which it is made.
 * {@code snapStart} is as written: SAM/CloudFormation's {@code ApplyOn} ("PublishedVersions" or "None"), the
 * Serverless Framework's {@code snapStart} ("true" or "false"); when not written, "None" and "false".
 */
public record LambdaFunction(String scope, String logicalId, String name, Location at, Setting deployedName,
                             Setting handler, Setting runtime, Setting architecture, Setting memoryMb,
                             Setting timeoutSeconds, Setting recursiveLoop, Setting snapStart,
                             Map<String, Setting> environment,
                             List<EventSource> events) {

    public LambdaFunction {
        environment = java.util.Collections.unmodifiableMap(new TreeMap<>(environment));
        events = List.copyOf(events);
    }

    /** The function as a reference, to compare with the values that name it. */
    public Value.ResourceRef self() {
        return new Value.ResourceRef(scope, logicalId, "AWS::Lambda::Function", null);
    }

    /** Whether the template turns SnapStart on: a value known only at deploy time counts as off. */
    public boolean snapStartOn() {
        return snapStart != null && snapStart.value().literal()
                .filter(v -> v.equalsIgnoreCase("PublishedVersions") || v.equalsIgnoreCase("true")).isPresent();
    }

    /** The Java handler it runs; empty for a container image, another language, or a handler not written out. */
    public Optional<HandlerName> handlerName() {
        boolean otherLanguage = runtime != null && runtime.value().literal()
                .filter(r -> !r.startsWith("java")).isPresent();
        if (handler == null || otherLanguage) {
            return Optional.empty();
        }
        return handler.value().literal().flatMap(HandlerName::parse);
    }

    LambdaFunction withEvents(List<EventSource> moreEvents) {
        List<EventSource> all = new java.util.ArrayList<>(events);
        all.addAll(moreEvents);
        return new LambdaFunction(scope, logicalId, name, at, deployedName, handler, runtime, architecture, memoryMb,
                timeoutSeconds, recursiveLoop, snapStart, environment, all);
    }
}
