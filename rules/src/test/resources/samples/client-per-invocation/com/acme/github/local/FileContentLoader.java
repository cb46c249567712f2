package com.acme.github.local;

import java.util.Optional;

/** A project class that only shares calamari's simple name: it reads nothing over the network. */
public class FileContentLoader {
    public Optional<String> load(String path) {
        return Optional.of(path);
    }
}
