package com.acme.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers that make files the handler keeps. */
final class Scratch {
    private Scratch() {
    }

    static Path newFile() throws IOException {
        return Files.createTempFile("scratch", ".dat"); // Noncompliant {{via ThumbnailHandler.handleRequest -> Scratch.newFile}}
    }

    static void save(String name, byte[] data) throws IOException {
        Files.write(Path.of("/tmp/" + name), data); // Noncompliant {{(Path.of("/tmp/" + name))}}
    }

    static void saveFixed(String name, byte[] data) throws IOException {
        Files.write(Path.of("/tmp/" + name), data);
    }
}
