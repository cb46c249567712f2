package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import java.util.List;
import java.util.Optional;

/**
 * Every function and resource the project's templates deploy, and the templates that could not be read (as
 * parse problems). The empty deployment, when there is no template, answers every question with "not known".
 *
 * @param functions    the functions that run this module's code: the ones judged here
 * @param resources    every resource of the templates read, other modules' functions included
 * @param otherModules the functions the templates deploy from other modules' code: not judged here, but their
 *                     recorded usage is theirs, not unmatched
 * @param notes        what was read and skipped and why, for a debug log
 */
public record Deployment(List<LambdaFunction> functions, List<CloudResource> resources, List<ParseProblem> problems,
                         List<LambdaFunction> otherModules, List<String> notes) {

    public Deployment {
        functions = List.copyOf(functions);
        resources = List.copyOf(resources);
        problems = List.copyOf(problems);
        otherModules = List.copyOf(otherModules);
        notes = List.copyOf(notes);
    }

    public Deployment(List<LambdaFunction> functions, List<CloudResource> resources, List<ParseProblem> problems) {
        this(functions, resources, problems, List.of(), List.of());
    }

    public static Deployment none() {
        return new Deployment(List.of(), List.of(), List.of());
    }

    /** The functions that run this Java handler method. */
    public List<LambdaFunction> functionsRunning(String type, String method) {
        HandlerName wanted = new HandlerName(type, method);
        return functions.stream().filter(f -> f.handlerName().filter(wanted::equals).isPresent()).toList();
    }

    /** Every Java handler the templates name, each once, in template order. */
    public List<HandlerName> handlerNames() {
        return functions.stream().flatMap(f -> f.handlerName().stream()).distinct().toList();
    }

    public Optional<CloudResource> resource(Value.ResourceRef ref) {
        return resources.stream()
                .filter(r -> r.scope().equals(ref.scope()) && r.logicalId().equals(ref.logicalId())).findFirst();
    }

    /**
     * Whether two values are known to name the same resource: references to one logical id (whatever attribute:
     * a queue's URL and its ARN are the same queue), or names, ARNs and URLs ending in the same physical name.
     */
    public boolean sameResource(Value a, Value b) {
        if (a instanceof Value.ResourceRef ra && b instanceof Value.ResourceRef rb) {
            return ra.scope().equals(rb.scope()) && ra.logicalId().equals(rb.logicalId());
        }
        Optional<String> nameA = physicalName(a);
        Optional<String> nameB = physicalName(b);
        return nameA.isPresent() && nameB.isPresent() && sameName(nameA.get(), nameB.get());
    }

    /** The literal, or the physical name the template gives the referenced resource. */
    public Optional<String> physicalName(Value value) {
        if (value instanceof Value.ResourceRef ref) {
            return resource(ref).flatMap(r -> r.physicalName().literal());
        }
        return value.literal().filter(t -> !t.isBlank());
    }

    /** "UploadsBucket", or the literal name, or "an unknown resource": how a message names a value. */
    public String describe(Value value) {
        if (value instanceof Value.ResourceRef ref) {
            return ref.logicalId();
        }
        return value.literal().orElse("an unknown resource");
    }

    static boolean sameName(String a, String b) {
        return a.equals(b) || endsWithName(a, b) || endsWithName(b, a);
    }

    /** "arn:aws:sqs:eu-west-1:123:jobs" and "https://sqs.eu-west-1.amazonaws.com/123/jobs" both end in "jobs". */
    private static boolean endsWithName(String text, String name) {
        return text.endsWith(":" + name) || text.endsWith("/" + name);
    }
}
