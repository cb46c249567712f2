package dev.lambdalint.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * What one template declares: its functions, its resources, and the triggers it declares apart from the function
 * (an event source mapping, a subscription, a bucket notification, a rule target), still to be attached to the
 * function they name, which may be declared in another template.
 */
record TemplateContent(List<LambdaFunction> functions, List<CloudResource> resources, List<PendingTrigger> triggers) {

    /** A trigger and the value (a reference, a name or an ARN) by which it names its function. */
    record PendingTrigger(Value function, EventSource source) {
    }

    static TemplateContent empty() {
        return new TemplateContent(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
}
