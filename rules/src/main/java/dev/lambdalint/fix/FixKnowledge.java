package dev.lambdalint.fix;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.catalog.ClientMatch;
import dev.lambdalint.catalog.TypePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What fixing needs to know about libraries beyond what {@code catalog.json} says, as data in {@code fixes.json}:
 * the type a finished construction has when it is not the type it starts from (null: it depends on the service,
 * as for an AWS SDK v1 builder) or when the class it is built from is its type argument, the checked exceptions a construction declares (a static initializer has to
 * catch them), the exception types that are unchecked (a catch of one stays legal whatever the try holds), and the
 * types whose {@code close()} declares no checked exception, and the methods that change the settings of an object of
 * a type (a name ending in {@code *} stands for every name it starts) and those that, made again, throw away what the
 * object has kept, and the calls that, on an object of a type,
 * wait for the work it runs (a thread pool's {@code close()} and {@code awaitTermination}), the calls that read the
 * environment, and the environment variables the Lambda runtime always sets.
 */
final class FixKnowledge {
    private static final String RESOURCE = "/dev/lambdalint/fixes.json";
    private static final FixKnowledge INSTANCE = load();

    /**
     * {@code typedByClassArgument}: the construction's class literal argument is the type argument of what it builds
     * ({@code TableSchema.fromBean(Order.class)} is a {@code TableSchema<Order>}).
     */
    record BuiltType(String from, String type, boolean typedByClassArgument) {
    }

    /**
     * The checked exceptions building from a type declares, or, with {@code methods}, calling those methods of it
     * ({@code IOUtils.toString}); {@code anyReceiver}: an instance method whose receiver's type cannot be told counts by
     * its name ({@code getResourceAsStream(..).readAllBytes()}).
     */
    record Throws(String from, List<String> methods, boolean anyReceiver, List<String> exceptions) {
    }

    record Configures(String from, List<String> methods) {
    }

    /** {@code methods}: setting up an object of type {@code from} with them again throws away what {@code loses} says. */
    record Resetting(String from, List<String> methods, String loses) {
    }

    /**
     * {@code methods}: called on an object of type {@code from}, they wait for its work or end what it still has to
     * do; {@code helpers}: static methods of libraries that do the same to the object they are given (Guava's
     * shutdownAndAwaitTermination); {@code reason}: why that keeps the code, {@code {call}} standing for the call
     * (none: a thread pool's close waits for the tasks it runs).
     */
    record WaitingCloses(String from, List<String> methods, List<String> helpers, String reason) {
    }

    record Data(List<BuiltType> builtTypes, @JsonProperty("throws") List<Throws> declaredThrows,
                List<String> uncheckedExceptions,
                List<String> quietClose,
                List<Configures> configures,
                List<Resetting> resetting,
                List<WaitingCloses> waitingCloses,
                List<CallPattern> environmentReads,
                List<String> runtimeVariables) {
    }

    private final Data data;

    private FixKnowledge(Data data) {
        this.data = data;
    }

    static FixKnowledge get() {
        return INSTANCE;
    }

    private static FixKnowledge load() {
        try (InputStream in = FixKnowledge.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new FixKnowledge(new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The fully qualified type a construction yields, or empty when it is not known: the catalog's type the
     * construction starts from, or, for a family that {@code produces} another type, that name in the same package,
     * or the enclosing type of a builder nested in the type it builds.
     */
    Optional<String> builtType(ClientMatch match) {
        String owner = match.ownerType();
        Optional<BuiltType> known = known(owner);
        if (known.isPresent()) {
            return Optional.ofNullable(known.get().type());
        }
        String produces = match.family().produces();
        if (produces == null) {
            return Optional.of(owner);
        }
        int dot = owner.lastIndexOf('.');
        if (dot < 0) {
            return Optional.of(produces);
        }
        String enclosing = owner.substring(0, dot);
        // a builder nested in the type it builds (OkHttpClient.Builder builds an OkHttpClient)
        return Optional.of(enclosing.equals(produces) || enclosing.endsWith("." + produces) ? enclosing
                : enclosing + "." + produces);
    }

    /** Whether what a construction of this type builds takes the class literal it is given as its type argument. */
    boolean typedByClassArgument(ClientMatch match) {
        return known(match.ownerType()).map(BuiltType::typedByClassArgument).orElse(false);
    }

    private Optional<BuiltType> known(String owner) {
        return data.builtTypes().stream().filter(built -> TypePattern.of(built.from()).matches(owner)).findFirst();
    }

    /** The calls that read the environment the code runs in: a variable, a system property. */
    List<CallPattern> environmentReads() {
        return data.environmentReads();
    }

    /** The environment variables the Lambda runtime sets in every execution environment ({@code AWS_REGION}). */
    boolean setByRuntime(String variable) {
        return data.runtimeVariables().contains(variable);
    }

    /** The checked exceptions building from this type declares. */
    List<String> throwsFrom(String ownerType) {
        return data.declaredThrows().stream().filter(t -> t.methods() == null)
                .filter(t -> TypePattern.of(t.from()).matches(ownerType))
                .flatMap(t -> t.exceptions().stream()).toList();
    }

    /** The checked exceptions a library call declares: a static one of these owners, else an instance one by name. */
    List<String> throwsFromCall(List<String> staticOwners, String method) {
        return data.declaredThrows().stream()
                .filter(t -> t.methods() != null && t.methods().contains(method))
                .filter(t -> staticOwners.isEmpty() ? t.anyReceiver()
                        : staticOwners.stream().anyMatch(o -> TypePattern.of(t.from()).matches(o)))
                .flatMap(t -> t.exceptions().stream()).toList();
    }

    /** Whether a catch of this exception type is legal whatever its try holds (the type is unchecked, or Exception). */
    boolean unchecked(String exceptionType) {
        return TypePattern.anyMatches(data.uncheckedExceptions(), exceptionType);
    }

    /** Whether closing an object of this type can throw no checked exception. */
    boolean quietClose(String type) {
        return type != null && TypePattern.anyMatches(data.quietClose(), type);
    }

    /** Whether {@code method}, called on an object of one of these types, changes its settings. */
    boolean configures(java.util.Collection<String> types, String method) {
        for (Configures entry : data.configures()) {
            if (covers(entry.from(), types)
                    && entry.methods().stream().anyMatch(m -> m.endsWith("*")
                            ? method.startsWith(m.substring(0, m.length() - 1)) : method.equals(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What calling {@code method} again on a shared object of one of these types throws away (FreeMarker's
     * {@code setClassForTemplateLoading} installs a new template loader, and with it an empty template cache).
     */
    Optional<String> loses(java.util.Collection<String> types, String method) {
        return data.resetting().stream()
                .filter(entry -> covers(entry.from(), types))
                .filter(entry -> entry.methods().contains(method))
                .map(Resetting::loses).findFirst();
    }

    /** Whether objects of one of these types have settings that code may change after they are built. */
    boolean configurable(java.util.Collection<String> types) {
        return data.configures().stream().anyMatch(entry -> covers(entry.from(), types));
    }

    /**
     * The methods that, called on an object of one of these types, wait for the work it runs; a try-with-resources
     * waits as its {@code close} does. Empty when none of the types has such a method.
     */
    List<String> waitingCloses(java.util.Collection<String> types) {
        return waitingEntries(types).flatMap(entry -> entry.methods().stream()).distinct().toList();
    }

    /** The library methods that shut down and wait for an object of one of these types given to them. */
    List<String> waitingHelpers(java.util.Collection<String> types) {
        return waitingEntries(types).flatMap(entry -> entry.helpers() == null ? java.util.stream.Stream.empty()
                : entry.helpers().stream()).distinct().toList();
    }

    /** The reason of the entry for these types that names this method, when it gives one. */
    Optional<String> waitingReason(java.util.Collection<String> types, String method) {
        return waitingEntries(types).filter(entry -> entry.methods().contains(method) && entry.reason() != null)
                .map(WaitingCloses::reason).findFirst();
    }

    private java.util.stream.Stream<WaitingCloses> waitingEntries(java.util.Collection<String> types) {
        return data.waitingCloses().stream().filter(entry -> covers(entry.from(), types));
    }

    /** Whether an entry for types matching {@code from} is about one of these types. */
    private static boolean covers(String from, java.util.Collection<String> types) {
        return types.stream().anyMatch(t -> t != null && TypePattern.of(from).matches(t));
    }
}
