package com.acme.spring;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each request registers a webhook with a remote service through the injected senders. */
@RestController
public class WebhookController {
    private final WebhookSender sender;
    private final BoundedSender bounded;
    private final LibrarySender library;

    public WebhookController(WebhookSender sender, BoundedSender bounded, LibrarySender library) {
        this.sender = sender;
        this.bounded = bounded;
        this.library = library;
    }

    @PostMapping("/webhooks/{id}")
    public String register(@PathVariable String id) throws Exception {
        return sender.register(id) + bounded.register(id) + library.register(id);
    }
}
