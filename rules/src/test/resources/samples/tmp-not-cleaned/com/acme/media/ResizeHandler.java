package com.acme.media;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import net.coobird.thumbnailator.Thumbnails;

/** A library writing the file at the end of a fluent chain begun by one of its static methods. */
public class ResizeHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String key = event.get("key");
        File original = new File("/tmp/" + key);
        File resized = new File("/tmp/resized-" + key);
        File kept = new File("/tmp/kept-" + key);
        try {
            Thumbnails.of(original).size(200, 200).toFile(resized); // Noncompliant {{Thumbnailator's toFile writes a file in /tmp whose name changes with every invocation of ResizeHandler.handleRequest}}
            Thumbnails.of(original).scale(0.5).outputQuality(0.8).toFile(kept);
            kept.delete();
            // a project class with a toFile of its own is no Thumbnailator
            new Sketch(key).size(10).toFile(new File("/tmp/sketch-" + key));
            return resized.getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Sketch {
        private final String name;

        Sketch(String name) {
            this.name = name;
        }

        Sketch size(int pixels) {
            return this;
        }

        void toFile(File target) {
            // keeps nothing: a look-alike of the library's chain
        }
    }
}
