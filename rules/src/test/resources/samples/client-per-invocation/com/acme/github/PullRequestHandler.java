package com.acme.github;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;

/** Each pull-request event reads the repository's settings file, through a loader the settings code builds. */
public class PullRequestHandler implements RequestHandler<List<String>, Void> {

    @Override
    public Void handleRequest(List<String> repositories, Context context) {
        SettingsReader reader = new SettingsReader();
        repositories.forEach(reader::read);
        return null;
    }
}
