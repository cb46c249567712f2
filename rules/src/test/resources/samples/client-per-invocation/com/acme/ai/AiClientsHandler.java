package com.acme.ai;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.cloudinary.Cloudinary;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import com.google.cloud.pubsub.v1.Publisher;
import com.google.genai.Client;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Google Cloud, Gen AI, OpenAI, Anthropic and Cloudinary clients: built per call (findings) and once (quiet). */
public class AiClientsHandler implements RequestHandler<String, String> {
    private static final OpenAIClient OPENAI = OpenAIOkHttpClient.fromEnv();
    private static final AnthropicClient ANTHROPIC = AnthropicOkHttpClient.builder().apiKey("key").build();
    private static final Client GEMINI = Client.builder().apiKey("key").build();
    private static final Storage STORAGE = StorageOptions.getDefaultInstance().getService();
    private static final Cloudinary CLOUDINARY = new Cloudinary("cloudinary://key:secret@demo");
    private final SecretManagerServiceClient secrets;

    public AiClientsHandler() throws Exception {
        secrets = SecretManagerServiceClient.create();
    }

    @Override
    public String handleRequest(String prompt, Context context) throws Exception {
        OpenAIClient openai = OpenAIOkHttpClient.fromEnv(); // Noncompliant {{OpenAIClient (OpenAI Java client)}} {{don't create more than one client}}
        OpenAIClient tuned = OpenAIOkHttpClient.builder().apiKey("key").maxRetries(4).build(); // Noncompliant {{OpenAIClient}}
        AnthropicClient anthropic = AnthropicOkHttpClient.fromEnv(); // Noncompliant {{AnthropicClient (Anthropic Java client)}}
        Client gemini = new Client(); // Noncompliant {{Client (Google Gen AI client)}}
        Client vertex = Client.builder().vertexAI(true).project("p").location("eu").build(); // Noncompliant {{Google Gen AI client}}
        SecretManagerServiceClient secretClient = SecretManagerServiceClient.create(); // Noncompliant {{SecretManagerServiceClient (Google Cloud client)}}
        Storage storage = StorageOptions.getDefaultInstance().getService(); // Noncompliant {{Storage (Google Cloud client)}}
        Publisher publisher = Publisher.newBuilder("projects/p/topics/orders").build(); // Noncompliant {{Publisher (Google Cloud Pub/Sub publisher)}}
        Cloudinary cloudinary = new Cloudinary("cloudinary://key:secret@demo"); // Noncompliant {{Cloudinary (Cloudinary client)}}
        StorageOptions options = StorageOptions.newBuilder().setProjectId("p").build();
        OpenAIClient withTimeout = OPENAI.withOptions(o -> o.timeout(java.time.Duration.ofSeconds(5)));
        return openai.toString() + tuned + anthropic + gemini + vertex + secretClient + storage + publisher + cloudinary
                + options + withTimeout + ANTHROPIC + GEMINI + STORAGE + CLOUDINARY + secrets;
    }
}
