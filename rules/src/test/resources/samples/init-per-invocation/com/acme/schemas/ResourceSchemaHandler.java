package com.acme.schemas;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.io.Resources;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion.VersionFlag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/** Schemas of classpath resources named by literals or constants, loaded per request in the usual ways. */
public class ResourceSchemaHandler implements RequestHandler<OrderRequest, Boolean> {
    private static final String ORDER_SCHEMA = "/schemas/order.json";
    private static final String RESOURCE_PATH = "schemas/" + "order.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Boolean handleRequest(OrderRequest request, Context context) {
        try (InputStream in = getClass().getResourceAsStream("/schemas/order.json")) {
            JSONObject raw = new JSONObject(new JSONTokener(in));
            Schema order = SchemaLoader.load(raw); // Noncompliant {{Schema (everit JSON Schema) is built on every invocation}}
            order.validate(new JSONObject(request.body()));
        } catch (IOException e) {
            return false;
        }
        try (InputStream in = ResourceSchemaHandler.class.getResourceAsStream(ORDER_SCHEMA)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonSchema schema = JsonSchemaFactory.getInstance(VersionFlag.V7).getSchema(text); // Noncompliant {{(networknt json-schema-validator) is built on every invocation}}
            schema.validate(MAPPER.readTree(request.body()));
            JsonNode refund = MAPPER.readTree(Resources.toString(Resources.getResource("schemas/refund.json"), StandardCharsets.UTF_8));
            JsonSchemaFactory.getInstance(VersionFlag.V7).getSchema(refund).validate(MAPPER.readTree(request.body())); // Noncompliant
        } catch (IOException e) {
            return false;
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(VersionFlag.V7);
        JsonSchema system = factory.getSchema(ClassLoader.getSystemResourceAsStream("schemas/customer.json")); // Noncompliant
        JsonSchema loaded = factory.getSchema(getClass().getClassLoader().getResourceAsStream(RESOURCE_PATH)); // Noncompliant
        return system != null && loaded != null;
    }
}
