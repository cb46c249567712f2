package com.acme.media;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;

/** Files made in /tmp with a new name on every invocation and never deleted. */
public class ThumbnailHandler implements RequestHandler<Map<String, String>, String> {
    private static final S3Client S3 = S3Client.create();
    private static final String TMP_DIR = System.getProperty("java.io.tmpdir");

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String key = event.get("key");
        try {
            File report = File.createTempFile("report", ".csv"); // Noncompliant {{File.createTempFile (File.createTempFile("report", ".csv")) makes a file with a new name in /tmp on every invocation of ThumbnailHandler.handleRequest, and nothing deletes it}} {{No space left on device}}
            Files.writeString(report.toPath(), key);
            Path image = Files.createTempFile("img", ".png"); // Noncompliant {{Files.createTempFile}}
            Files.write(image, new byte[] {1, 2, 3});
            S3.putObject(r -> r.bucket("thumbs").key(key), image);
            Path work = Files.createTempDirectory("work"); // Noncompliant {{Files.createTempDirectory}}
            Files.writeString(work.resolve("part-1.txt"), key);
            File marker = File.createTempFile("marker", ".tmp"); // Noncompliant {{deleteOnExit() does not help}}
            marker.deleteOnExit();
            Files.write(Path.of("/tmp", key), new byte[0]); // Noncompliant {{Files.write writes a file in /tmp whose name changes with every invocation of ThumbnailHandler.handleRequest (Path.of("/tmp", key))}}
            try (OutputStream out = new FileOutputStream("/tmp/" + context.getAwsRequestId() + ".json")) { // Noncompliant {{A file stream writes a file in /tmp}}
                out.write(1);
            }
            S3.getObject(r -> r.bucket("originals").key(key), Paths.get(TMP_DIR, key)); // Noncompliant {{An S3 download writes a file in /tmp}}
            Files.write(Files.createTempFile("inline", ".bin"), new byte[0]); // Noncompliant {{Files.createTempFile}}
            new File(TMP_DIR, UUID.randomUUID() + ".bin").createNewFile(); // Noncompliant {{File.createNewFile writes}}
            try (OutputStream out = new FileOutputStream(Paths.get(TMP_DIR, key + ".out").toFile())) { // Noncompliant {{(Paths.get(TMP_DIR, key + ".out").toFile())}}
                out.write(2);
            }
            Path scratch = Scratch.newFile();
            Files.writeString(scratch, key);
            Scratch.save(key, new byte[0]);
            return report.getName() + image + marker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
