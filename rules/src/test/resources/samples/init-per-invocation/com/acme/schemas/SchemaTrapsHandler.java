package com.acme.schemas;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion.VersionFlag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.IOUtils;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/** Schemas loaded once, or schemas that differ from request to request: nothing to report. */
public class SchemaTrapsHandler implements RequestHandler<OrderRequest, Boolean> {
    private static final Schema ORDER = SchemaLoader.load(new JSONObject(new JSONTokener(
            SchemaTrapsHandler.class.getResourceAsStream("/schemas/order.json"))));
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(VersionFlag.V7);
    private final JsonSchema customer;
    private static final SchemaStore STORE = new SchemaStore(software.amazon.awssdk.services.s3.S3Client.create());
    private ClassLoader tenantLoader;
    private Schema refund;

    public SchemaTrapsHandler() {
        customer = FACTORY.getSchema(getClass().getResourceAsStream("/schemas/customer.json"));
    }

    @Override
    public Boolean handleRequest(OrderRequest request, Context context) {
        ORDER.validate(new JSONObject(request.body()));
        customer.validate(MAPPER.readTree(request.body()));
        refundSchema().validate(new JSONObject(request.body()));
        // the resource is named by the event: a different schema per request
        InputStream byType = getClass().getResourceAsStream("/schemas/" + request.type() + ".json");
        Schema typed = SchemaLoader.load(new JSONObject(new JSONTokener(byType)));
        // the schema comes with the request
        Schema supplied = SchemaLoader.load(new JSONObject(request.schema()));
        JsonSchema posted = JsonSchemaFactory.getInstance(VersionFlag.V7).getSchema(request.schema());
        JsonSchema read = FACTORY.getSchema(readResource(request.type()));
        // the project's own lookup of the same name, and a class loader chosen per request
        Schema stored = SchemaLoader.load(new JSONObject(new JSONTokener(STORE.getResourceAsStream("order.json"))));
        tenantLoader = request.type().isEmpty() ? getClass().getClassLoader() : Thread.currentThread().getContextClassLoader();
        Schema tenant = SchemaLoader.load(new JSONObject(new JSONTokener(tenantLoader.getResourceAsStream("order.json"))));
        return typed != null && supplied != null && posted != null && read != null && stored != null && tenant != null;
    }

    private Schema refundSchema() {
        if (refund == null) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/refund.json")) {
                refund = SchemaLoader.load(new JSONObject(IOUtils.toString(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return refund;
    }

    private String readResource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        try (InputStream in = SchemaTrapsHandler.class.getResourceAsStream("/schemas/order.json")) {
            SchemaLoader.load(new JSONObject(new JSONTokener(in))).validate(new JSONObject(args[0]));
        }
    }
}
