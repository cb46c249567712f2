package com.acme.clients;

import com.amazonaws.AmazonWebServiceClient;
import com.amazonaws.ClientConfiguration;

public class LegacyQueueClient extends AmazonWebServiceClient {
    public LegacyQueueClient() {
        super(new ClientConfiguration());
    }
}
