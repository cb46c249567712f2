package com.acme.streaming;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.InfluxDBClientOptions;
import java.util.Map;

/** InfluxDB clients come from a factory class: made per call (findings) and once, in a static field (quiet). */
public class InfluxHandler implements RequestHandler<Map<String, String>, String> {
    private static final InfluxDBClient SHARED = InfluxDBClientFactory.create("http://influx:8086", "token".toCharArray());

    @Override
    public String handleRequest(Map<String, String> reading, Context context) {
        InfluxDBClientOptions options = InfluxDBClientOptions.builder().url("http://influx:8086").org("lab").build();
        InfluxDBClient client = InfluxDBClientFactory.create(options); // Noncompliant {{InfluxDBClient (InfluxDB client)}}
        InfluxDBClient legacy = InfluxDBClientFactory.createV1("http://old:8086", "u", "p".toCharArray(), "db", "rp"); // Noncompliant {{InfluxDBClient (InfluxDB client)}}
        try {
            return client.ready() + " " + legacy.ready() + " " + SHARED.ready();
        } finally {
            client.close();
            legacy.close();
        }
    }
}
