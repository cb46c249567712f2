package com.acme.schemas;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.apache.commons.io.IOUtils;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;

/** The schema's text read from a fixed classpath resource on every request, and loaded again in a helper. */
public class WorkflowValidateHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String workflow, Context context) {
        try {
            String baseSchema = IOUtils.toString(Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("content/schemas/base-workflow-schema.json"), Charset.defaultCharset());
            validateAgainst(workflow, baseSchema);
            if (workflow.contains("normalize")) {
                String normalizerSchema = IOUtils.toString(Thread.currentThread().getContextClassLoader()
                        .getResourceAsStream("content/schemas/normalizer-schema.json"), Charset.defaultCharset());
                validateAgainst(workflow, normalizerSchema);
            }
            return "valid";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void validateAgainst(String json, String jsonSchema) {
        JSONObject rawSchema = new JSONObject(jsonSchema);
        Schema schema = SchemaLoader.load(rawSchema); // Noncompliant {{(everit JSON Schema) is built on every invocation of WorkflowValidateHandler.handleRequest}}
        schema.validate(new JSONObject(json));
    }
}
