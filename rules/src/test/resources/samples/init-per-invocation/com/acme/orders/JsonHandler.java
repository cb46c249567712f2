package com.acme.orders;

import com.acme.shared.OrderParser;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** Jackson and Gson mappers built per invocation, directly and through helpers. */
public class JsonHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String body, Context context) {
        ObjectMapper mapper = new ObjectMapper(); // Noncompliant {{ObjectMapper (Jackson) is built on every invocation of JsonHandler.handleRequest}}
        Order order = read(body);
        String xml = toXml(order);
        String yaml = new YAMLMapper().writeValueAsString(order); // Noncompliant {{YAMLMapper}}
        String gson = new Gson().toJson(order); // Noncompliant {{Gson (Gson)}}
        String pretty = new GsonBuilder().setPrettyPrinting().create().toJson(order); // Noncompliant {{type adapter}}
        String id = new OrderParser().id(body);
        return mapper.writeValueAsString(order) + xml + yaml + gson + pretty + id;
    }

    private Order read(String body) {
        JsonMapper mapper = JsonMapper.builder() // Noncompliant {{via JsonHandler.handleRequest -> JsonHandler.read}}
                .findAndAddModules()
                .build();
        return mapper.readValue(body, Order.class);
    }

    private String toXml(Order order) {
        return new XmlMapper().writeValueAsString(order); // Noncompliant {{introspecting your classes}}
    }
}
