package dev.lambdalint.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * What one template declares: its functions, its resources, the triggers it declares apart from the function
 * (an event source mapping, a subscription, a bucket notification, a rule target), still to be attached to the
 * function they name, which may be declared in another template, and where each function's code comes from.
 */
record TemplateContent(List<LambdaFunction> functions, List<CloudResource> resources, List<PendingTrigger> triggers,
                       List<FunctionCode> code) {

    /** A trigger and the value (a reference, a name or an ARN) by which it names its function. */
    record PendingTrigger(Value function, EventSource source) {
    }

    static TemplateContent empty() {
        return new TemplateContent(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    void addAll(TemplateContent other) {
        functions.addAll(other.functions());
        resources.addAll(other.resources());
        triggers.addAll(other.triggers());
        code.addAll(other.code());
    }
}
