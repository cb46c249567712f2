package com.acme.ai;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.datastax.driver.core.Cluster;
import com.google.cloud.pubsub.v1.Publisher;
import com.google.genai.Client;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.util.Properties;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.admin.Admin;
import org.opensearch.client.RestClient;
import org.opensearch.client.RestHighLevelClient;

/** The remaining families built once (quiet), and Cassandra driver 3 built per call (a finding). */
public class BuiltOnceClientsHandler implements RequestHandler<String, String> {
    private static final Publisher PUBLISHER = publisher();
    private static final ManagedChannel CHANNEL = Grpc.newChannelBuilder("stock:443",
            InsecureChannelCredentials.create()).build();
    private static final RestHighLevelClient LEGACY = new RestHighLevelClient(
            RestClient.builder(new HttpHost("search", 9200)));
    private static final ElasticsearchClient MODERN = ElasticsearchClient.of(b -> b.host("https://search:9200"));
    private static Admin admin;
    private final Client gemini;

    public BuiltOnceClientsHandler() {
        gemini = new Client();
    }

    private static Publisher publisher() {
        try {
            return Publisher.newBuilder("projects/p/topics/orders").build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin() {
        if (admin == null) {
            admin = Admin.create(new Properties());
        }
        return admin;
    }

    @Override
    public String handleRequest(String input, Context context) {
        Cluster cassandra = Cluster.builder().addContactPoint("cassandra").build(); // Noncompliant {{Cluster (Cassandra session)}} {{one of each per application}}
        return PUBLISHER.toString() + CHANNEL + LEGACY + MODERN + admin() + gemini + cassandra;
    }
}
