package dev.lambdalint.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Library knowledge as data: which types are clients and how they are built, which calls memoize. Loaded from
 * {@code /dev/lambdalint/catalog.json} and extended with in-house client types from the configuration.
 */
public final class Catalog {
    private static final String RESOURCE = "/dev/lambdalint/catalog.json";

    private final List<ClientFamily> clients;
    private final List<Memoizer> memoizers;

    record Data(List<ClientFamily> clients, List<Memoizer> memoizers) {
    }

    private Catalog(List<ClientFamily> clients, List<Memoizer> memoizers) {
        this.clients = List.copyOf(clients);
        this.memoizers = List.copyOf(memoizers);
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
            return new Catalog(clients, data.memoizers());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<ClientFamily> clients() {
        return clients;
    }

    /** {@code Owner.method(...)}: a factory or the start of a builder chain, for the first owner that matches. */
    public Optional<ClientMatch> staticCall(List<String> ownerCandidates, String method) {
        for (String owner : ownerCandidates) {
            for (ClientFamily family : clients) {
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
        for (String type : typeCandidates) {
            for (ClientFamily family : clients) {
                if (family.covers(type) && (family.constructor() || family.builderConstructor())) {
                    return Optional.of(new ClientMatch(family, type, family.builderConstructor()
                            ? ClientMatch.Form.BUILDER_CONSTRUCTOR : ClientMatch.Form.CONSTRUCTOR));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Memoizer> memoizer(String method, int arity) {
        return memoizers.stream().filter(m -> m.method().equals(method) && m.arity() == arity).findFirst();
    }
}
