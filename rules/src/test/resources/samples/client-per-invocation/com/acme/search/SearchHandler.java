package com.acme.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.opensearch.client.RestHighLevelClient;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/** Elasticsearch and OpenSearch clients: built per call (findings) and built once (quiet). */
public class SearchHandler implements RequestHandler<String, String> {
    private static final RestClient REST = RestClient.builder(new HttpHost("search", 9200)).build();
    private static final RestClientTransport TRANSPORT = new RestClientTransport(REST, new JacksonJsonpMapper());
    private static final AwsSdk2Transport AWS_TRANSPORT = new AwsSdk2Transport(ApacheHttpClient.builder().build(),
            "search.example.com", Region.EU_WEST_1, AwsSdk2TransportOptions.builder().build());

    @Override
    public String handleRequest(String query, Context context) {
        RestClient rest = RestClient.builder(new HttpHost("search", 9200)).build(); // Noncompliant {{RestClient (Elasticsearch/OpenSearch REST client)}} {{same lifecycle as the application}}
        RestHighLevelClient legacy = new RestHighLevelClient( // Noncompliant {{RestHighLevelClient}}
                org.opensearch.client.RestClient.builder(new HttpHost("search", 9200)));
        ElasticsearchClient modern = ElasticsearchClient.of(b -> b.host("https://search:9200").apiKey("key")); // Noncompliant {{ElasticsearchClient (Elasticsearch Java client)}}
        AwsSdk2Transport transport = new AwsSdk2Transport(ApacheHttpClient.create(), // Noncompliant {{AwsSdk2Transport (Elasticsearch/OpenSearch transport)}}
                "search.example.com", Region.EU_WEST_1, AwsSdk2TransportOptions.builder().build());
        // a thin client over a transport built once holds no connections of its own
        ElasticsearchClient onShared = new ElasticsearchClient(TRANSPORT);
        OpenSearchClient openSearch = new OpenSearchClient(AWS_TRANSPORT);
        return rest.toString() + legacy + modern + transport + onShared + openSearch;
    }
}
