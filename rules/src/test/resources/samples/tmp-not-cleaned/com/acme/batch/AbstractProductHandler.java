package com.acme.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Per-message work that Powertools calls back for every message of every batch. */
public class AbstractProductHandler {
    private final ObjectMapper mapper = new ObjectMapper();

    protected void processMessage(Product product) {
        try {
            Files.writeString(Path.of("/tmp", product.getId() + ".json"), product.getName()); // Noncompliant {{Files.write writes a file in /tmp whose name changes with every invocation of ProductBatchHandler.handleRequest}}
            File file = new File("/tmp/" + product.getId() + ".xml");
            mapper.writeValue(file, product); // Noncompliant {{Jackson's writeValue writes a file in /tmp}}
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void archive(Product product) {
        try {
            Path file = Path.of("/tmp", product.getId() + ".bak");
            Files.write(file, new byte[0]);
            Files.deleteIfExists(file);
            mapper.writeValue(System.out, product);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
