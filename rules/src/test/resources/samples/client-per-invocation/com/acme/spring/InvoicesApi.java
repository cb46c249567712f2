package com.acme.spring;

import org.springframework.web.bind.annotation.GetMapping;

/** An interface generated from an OpenAPI description carries the mappings. */
public interface InvoicesApi {
    @GetMapping("/invoices")
    String invoices();
}
