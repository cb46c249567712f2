package com.acme.aliases;

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

/**
 * Files written or made in /tmp and deleted through another form of the same path (a File for a Path, a Path for
 * a File, a local made from the other, the same name wrapped again): quiet. Files whose "alias" is another file
 * (a sibling, a child, a name made longer): reported.
 */
public class ExportHandler implements RequestHandler<Map<String, String>, String> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String key = event.get("key");
        try {
            File asFile = new File("/tmp/" + key + ".csv");
            Files.writeString(asFile.toPath(), key);
            asFile.delete();

            Path asPath = Paths.get("/tmp", key + ".json");
            Files.writeString(asPath, key);
            asPath.toFile().delete();

            File source = new File("/tmp/" + context.getAwsRequestId());
            Path local = source.toPath();
            Files.write(local, new byte[] {1});
            source.delete();

            Path target = Path.of("/tmp/" + key + ".bin");
            File view = target.toFile();
            try (OutputStream out = new FileOutputStream(view)) {
                out.write(1);
            }
            Files.deleteIfExists(target);

            String name = "/tmp/" + UUID.randomUUID();
            Files.writeString(Path.of(name), key);
            new File(name).delete();

            File absolute = new File("/tmp/" + key + ".abs");
            Files.writeString(absolute.toPath(), key);
            Files.delete(Paths.get(absolute.getAbsolutePath()));

            Path created = Files.createTempFile("made", ".tmp");
            File createdFile = created.toFile();
            Path again = createdFile.toPath();
            Files.delete(again);

            // a delete on the success path only counts as a delete: no path analysis, deliberately
            File uploaded = new File("/tmp/" + key + ".up");
            Files.writeString(uploaded.toPath(), key);
            S3.putObject(r -> r.bucket("exports").key(key), uploaded.toPath());
            uploaded.delete();

            File report = new File("/tmp/" + key + ".report");
            Files.writeString(report.toPath(), key); // Noncompliant {{(report.toPath())}}
            File backup = new File(report.getParentFile(), key + ".bak");
            backup.delete();

            Path out = Paths.get("/tmp", key + ".out");
            Files.writeString(out, key); // Noncompliant {{(out)}}
            Path zipped = Paths.get(out.toString() + ".gz");
            Files.delete(zipped);

            File first = new File("/tmp/" + key + ".1");
            File second = new File("/tmp/" + key + ".2");
            Files.writeString(first.toPath(), key); // Noncompliant {{(first.toPath())}}
            Files.writeString(second.toPath(), key);
            second.delete();

            File made = File.createTempFile("made", ".csv"); // Noncompliant {{File.createTempFile}}
            File sibling = new File(made.getParent(), "other.csv");
            sibling.delete();

            Path dir = Files.createTempDirectory("export"); // Noncompliant {{Files.createTempDirectory}}
            Path part = dir.resolve("part.csv");
            Files.writeString(part, key);
            Files.delete(part);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
