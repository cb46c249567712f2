package com.acme.github;

import java.util.Optional;
import org.starchartlabs.calamari.core.auth.InstallationAccessToken;
import org.starchartlabs.calamari.core.content.FileContentLoader;

public class SettingsReader {
    static final String USER_AGENT = "acme-bot";
    private static final FileContentLoader KEPT = new FileContentLoader(USER_AGENT);

    void read(String repository) {
        InstallationAccessToken token = null;
        FileContentLoader loader = new FileContentLoader(USER_AGENT); // Noncompliant {{FileContentLoader (GitHub content loader (calamari)) is built on every invocation of PullRequestHandler.handleRequest}}
        Optional<String> settings = loader.loadContents(token, repository, "main", ".acme.yml");
        Optional<String> defaults = KEPT.loadContents(token, repository, "main", ".defaults.yml");
        Optional<String> local = new com.acme.github.local.FileContentLoader().load(repository);
        settings.or(() -> defaults).or(() -> local).ifPresent(System.out::println);
    }
}
