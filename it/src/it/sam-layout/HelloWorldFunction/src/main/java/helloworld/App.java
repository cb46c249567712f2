package helloworld;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Writes a marker next to every upload: into the bucket whose uploads trigger it. */
public class App implements RequestHandler<S3Event, String> {
    private static final S3Client S3 = S3Client.create();

    public String handleRequest(final S3Event event, final Context context) {
        S3.putObject(r -> r.bucket(System.getenv("BUCKET")).key("seen.txt"), RequestBody.fromString("seen"));
        return "ok";
    }
}
