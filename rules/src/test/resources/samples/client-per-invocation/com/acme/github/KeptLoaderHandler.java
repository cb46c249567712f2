package com.acme.github;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.starchartlabs.calamari.core.content.FileContentLoader;

/** One loader per execution environment, built in the constructor, as calamari asks. */
public class KeptLoaderHandler implements RequestHandler<String, String> {
    private final FileContentLoader loader;

    public KeptLoaderHandler() {
        loader = new FileContentLoader(SettingsReader.USER_AGENT);
    }

    @Override
    public String handleRequest(String repository, Context context) {
        return loader.loadContents(null, repository, "main", ".acme.yml").orElse("");
    }
}
