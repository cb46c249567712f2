package dev.lambdalint.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Library knowledge as data: which types are clients and how they are built, which calls memoize, which boxes
 * hold a lazily built value. Loaded from
 * {@code /dev/lambdalint/catalog.json} and extended with in-house client types from the configuration.
 */
public final class Catalog {
    private static final String RESOURCE = "/dev/lambdalint/catalog.json";

    private final List<ClientFamily> clients;
    private final List<Memoizer> memoizers;
    private final List<MemoizingFactory> memoizingFactories;
    private final List<LazyHolder> lazyHolders;
    private final List<ReusableObject> reusable;
    private final List<ConfigFetch> configFetches;
    private final Set<String> configFetchNames = new HashSet<>();

    private final CollectionCatalog collections;
    private final ConnectionCatalog connections;
    private final KeepAliveOff keepAliveOff;
    private final SelfInvocationCatalog selfInvocation;
    private final List<Framework> frameworks;
    private final SnapStartCatalog snapStart;
    private final LambdaInvokeCatalog lambdaInvoke;
    private final NetworkTimeouts networkTimeouts;
    private final TempFileCatalog tempFiles;
    private final List<String> generatedGetters;
    private final List<LibraryCallback> callbacks;
    private final DaggerCatalog dagger;
    private final List<ContextStart> contextStarts;
    private final List<ConstantRead> constantReads;

    record Data(List<ClientFamily> clients, List<Memoizer> memoizers, List<MemoizingFactory> memoizingFactories,
                List<LazyHolder> lazyHolders, List<ReusableObject> reusable,
                List<ConfigFetch> configFetches, CollectionCatalog collections, ConnectionCatalog connections,
                KeepAliveOff keepAliveOff, SelfInvocationCatalog selfInvocation, List<Framework> frameworks,
                SnapStartCatalog snapStart, LambdaInvokeCatalog lambdaInvoke, NetworkTimeouts networkTimeouts,
                TempFileCatalog tempFiles, List<String> generatedGetters, List<LibraryCallback> callbacks,
                DaggerCatalog dagger, List<ConstantRead> constantReads) {
    }

    private Catalog(List<ClientFamily> clients, Data data) {
        this.clients = List.copyOf(clients);
        this.memoizers = List.copyOf(data.memoizers());
        this.memoizingFactories = Copies.listOrEmpty(data.memoizingFactories());
        this.lazyHolders = Copies.listOrEmpty(data.lazyHolders());
        this.reusable = List.copyOf(data.reusable());
        this.configFetches = List.copyOf(data.configFetches());
        configFetches.forEach(f -> configFetchNames.addAll(f.methods()));
        this.collections = data.collections();
        this.connections = data.connections();
        this.keepAliveOff = data.keepAliveOff();
        this.selfInvocation = data.selfInvocation() == null ? SelfInvocationCatalog.empty() : data.selfInvocation();
        this.frameworks = Copies.listOrEmpty(data.frameworks());
        this.snapStart = data.snapStart() == null ? SnapStartCatalog.empty() : data.snapStart();
        this.lambdaInvoke = data.lambdaInvoke() == null ? LambdaInvokeCatalog.empty() : data.lambdaInvoke();
        this.networkTimeouts = data.networkTimeouts() == null ? NetworkTimeouts.empty() : data.networkTimeouts();
        this.tempFiles = data.tempFiles() == null ? TempFileCatalog.empty() : data.tempFiles();
        this.generatedGetters = data.generatedGetters() == null ? List.of() : List.copyOf(data.generatedGetters());
        this.callbacks = Copies.listOrEmpty(data.callbacks());
        this.dagger = data.dagger() == null ? DaggerCatalog.empty() : data.dagger();
        this.contextStarts = contextStarts(reusable, frameworks);
        this.constantReads = Copies.listOrEmpty(data.constantReads());
    }

    private static List<ContextStart> contextStarts(List<ReusableObject> reusable, List<Framework> frameworks) {
        List<ContextStart> starts = new ArrayList<>();
        for (ReusableObject object : reusable) {
            if (object.runsStartupOf().isEmpty()) {
                continue;
            }
            List<FrameworkStartup> startups = new ArrayList<>();
            for (String name : object.runsStartupOf()) {
                startups.add(frameworks.stream().filter(f -> f.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": runsStartupOf of "
                                + object.construction().family() + " names no framework \"" + name + "\""))
                        .startup());
            }
            starts.add(new ContextStart(object.construction(), startups, object.registeredBy()));
        }
        return List.copyOf(starts);
    }

    /** Library calls whose value is the same on every call when one of their inputs is. */
    public List<ConstantRead> constantReads() {
        return constantReads;
    }

    /** The constructions that start a framework's application context, with the start-ups they run. */
    public List<ContextStart> contextStarts() {
        return contextStarts;
    }

    public static Catalog load(List<String> extraClientTypes) {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Data data = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Data.class);
            List<ClientFamily> clients = new ArrayList<>(data.clients());
            extraClientTypes.stream().map(String::trim).filter(t -> !t.isEmpty())
                    .map(ClientFamily::configured).forEach(clients::add);
            return new Catalog(clients, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<ClientFamily> clients() {
        return clients;
    }

    /** {@code Owner.method(...)}: a factory or the start of a builder chain, for the first owner that matches. */
    public Optional<ClientMatch> staticCall(List<String> ownerCandidates, String method) {
        return staticCall(clients, ownerCandidates, method);
    }

    /** As {@link #staticCall(List, String)}, among other families built the same way (e.g. reusable objects). */
    public static Optional<ClientMatch> staticCall(List<ClientFamily> families, List<String> ownerCandidates,
                                                   String method) {
        for (String owner : ownerCandidates) {
            for (ClientFamily family : families) {
                if (!family.covers(owner)) {
                    continue;
                }
                if (family.factories().contains(method)) {
                    return Optional.of(new ClientMatch(family, owner, ClientMatch.Form.FACTORY));
                }
                if (family.builders().contains(method)) {
                    return Optional.of(new ClientMatch(family, owner, ClientMatch.Form.BUILDER));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code new Type(...)}: a client, or a builder of one. */
    public Optional<ClientMatch> constructor(List<String> typeCandidates) {
        return constructor(clients, typeCandidates);
    }

    /** As {@link #constructor(List)}, among other families built the same way (e.g. reusable objects). */
    public static Optional<ClientMatch> constructor(List<ClientFamily> families, List<String> typeCandidates) {
        for (String type : typeCandidates) {
            for (ClientFamily family : families) {
                if (family.covers(type) && (family.constructor() || family.builderConstructor())) {
                    return Optional.of(new ClientMatch(family, type, family.builderConstructor()
                            ? ClientMatch.Form.BUILDER_CONSTRUCTOR : ClientMatch.Form.CONSTRUCTOR));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code new T(...)} of a project type T that extends or implements one of the families' types (its
     * {@code ancestors}): T is such a client itself. A subclass of a builder or of a factory class is no client.
     */
    public static Optional<ClientMatch> projectSubtype(List<ClientFamily> families, String type,
                                                       Collection<String> ancestors) {
        for (String ancestor : ancestors) {
            if (ancestor.equals(type) || ancestor.endsWith("Builder")) {
                continue;
            }
            for (ClientFamily family : families) {
                if (family.covers(ancestor) && family.produces() == null && !family.builderConstructor()) {
                    return Optional.of(new ClientMatch(family, type, ClientMatch.Form.CONSTRUCTOR));
                }
            }
        }
        return Optional.empty();
    }

    /** Expensive objects that are safe to reuse across invocations. */
    public List<ReusableObject> reusable() {
        return reusable;
    }

    /** The fetch of configuration or a secret that a call on a client of this type makes, if it is one. */
    public Optional<ConfigFetch> configFetch(String clientType, String method) {
        return configFetches.stream().filter(f -> f.matches(clientType, method)).findFirst();
    }

    /** Whether some configuration fetch has a method of this name: a cheap test before working out the receiver's type. */
    public boolean isConfigFetchName(String method) {
        return configFetchNames.contains(method);
    }

    /** Collections that may grow without bound, and what bounds them. */
    public CollectionCatalog collections() {
        return collections;
    }

    /** Annotations that generate a getter for a field (Lombok's), on the field or on its class. */
    public List<String> generatedGetters() {
        return generatedGetters;
    }

    /** Calls that open, borrow or close connections, and the types meant to be kept across invocations. */
    public ConnectionCatalog connections() {
        return connections;
    }

    /** How code names its own function and which calls can trigger a function again. */
    public SelfInvocationCatalog selfInvocation() {
        return selfInvocation;
    }

    /** The frameworks that run project code on Lambda without a handler interface, and how. */
    public List<Framework> frameworks() {
        return frameworks;
    }

    /** SnapStart's runtime hooks, what must differ per execution environment, connections that go stale. */
    public SnapStartCatalog snapStart() {
        return snapStart;
    }

    /** How a Lambda invoke chooses to wait for the function it invokes. */
    public LambdaInvokeCatalog lambdaInvoke() {
        return lambdaInvoke;
    }

    /** Network calls that wait forever by default, and the settings that bound them. */
    public NetworkTimeouts networkTimeouts() {
        return networkTimeouts;
    }

    /** How files under /tmp are made and deleted. */
    public TempFileCatalog tempFiles() {
        return tempFiles;
    }

    /** Library calls that keep a function of the project and call it back per record of each invocation's event. */
    public List<LibraryCallback> callbacks() {
        return callbacks;
    }

    /** Dagger's annotations and generated component class, whose wiring the invocation model follows. */
    public DaggerCatalog dagger() {
        return dagger;
    }

    /** Whether some library callback call has this name: a cheap test before working out any type. */
    public boolean isCallbackName(String method) {
        return callbacks.stream().anyMatch(c -> c.mayCall(method));
    }

    /** Settings that turn HTTP connection reuse off. */
    public KeepAliveOff keepAliveOff() {
        return keepAliveOff;
    }

    /** Whether a type is one of the catalog's clients (or the type that builds one). */
    public boolean isClientType(List<String> typeCandidates) {
        return clients.stream().anyMatch(f -> typeCandidates.stream().anyMatch(f::covers));
    }

    /** Whether some memoizing call has this name: a cheap test before working out the receiver's type. */
    public boolean isMemoizerName(String method) {
        return memoizers.stream().anyMatch(m -> m.method().equals(method));
    }

    /** Whether some memoizing factory has a method of this name. */
    public boolean isMemoizingFactoryName(String method) {
        return memoizingFactories.stream().anyMatch(f -> f.methods().contains(method));
    }

    /** The memoizing call of that name and arity on a receiver of one of these types (empty when unknown). */
    public Optional<Memoizer> memoizer(String method, int arity, List<String> receiverTypes) {
        return memoizers.stream().filter(m -> m.method().equals(method) && m.arity() == arity
                && m.accepts(receiverTypes)).findFirst();
    }

    /** {@code Owner.method(fn)} that builds a memoizing wrapper of {@code fn}. */
    public Optional<MemoizingFactory> memoizingFactory(List<String> ownerCandidates, String method) {
        return memoizingFactories.stream().filter(f -> f.methods().contains(method) && f.covers(ownerCandidates))
                .findFirst();
    }

    /** {@code new Type(fn)} that builds a memoizing wrapper of {@code fn}. */
    public Optional<MemoizingFactory> memoizingConstructor(List<String> typeCandidates) {
        return memoizingFactories.stream().filter(f -> f.constructor() && f.covers(typeCandidates)).findFirst();
    }

    /** The lazy holder type ({@code AtomicReference}) one of these types is, if any. */
    public Optional<LazyHolder> lazyHolder(List<String> typeCandidates) {
        return lazyHolders.stream().filter(h -> h.covers(typeCandidates)).findFirst();
    }
}
