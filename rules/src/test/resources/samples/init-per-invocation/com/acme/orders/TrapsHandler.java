package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.gson.Gson;
import jakarta.xml.bind.JAXBContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

/** Every way of building the expensive objects once per execution environment: all quiet. */
public class TrapsHandler implements RequestHandler<String, String> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Gson GSON;
    private static final Map<String, Pattern> BY_FILTER = new ConcurrentHashMap<>();
    private static JAXBContext jaxb;

    static {
        GSON = new Gson();
    }

    private final ObjectReader orderReader = new ObjectMapper().readerFor(Order.class);
    private final DocumentBuilderFactory xml;

    public TrapsHandler() {
        xml = DocumentBuilderFactory.newInstance();
    }

    private static JAXBContext jaxb() {
        if (jaxb == null) {
            jaxb = JAXBContext.newInstance(Order.class);
        }
        return jaxb;
    }

    @SuppressWarnings("lambda-lint:init-per-invocation")
    private ObjectMapper knowinglyPerCall() {
        return new ObjectMapper();
    }

    @Override
    public String handleRequest(String body, Context context) {
        ObjectMapper copy = MAPPER.copy();
        ObjectMapper configured = MAPPER.copy().findAndRegisterModules();
        JsonMapper.Builder neverBuilt = JsonMapper.builder();
        Pattern filter = BY_FILTER.computeIfAbsent(body, f -> Pattern.compile("^" + f));
        knowinglyPerCall();
        Gson ignored = new Gson(); // lambda-lint:ignore init-per-invocation tests swap adapters per call
        return orderReader.readValue(body).toString() + copy + configured + filter + jaxb() + xml + GSON + ignored
                + neverBuilt;
    }

    public static void main(String[] args) {
        new ObjectMapper().findAndRegisterModules();
        new TrapsHandler().handleRequest(args[0], null);
    }
}
