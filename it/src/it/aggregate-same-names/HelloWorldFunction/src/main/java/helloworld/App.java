package helloworld;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.UUID;

/** What sam init generates, in each function module; this one's function runs without SnapStart. */
public class App implements RequestHandler<Map<String, Object>, String> {
    private static final String INSTANCE = UUID.randomUUID().toString();

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        return INSTANCE + new Storage().put(String.valueOf(input));
    }
}
