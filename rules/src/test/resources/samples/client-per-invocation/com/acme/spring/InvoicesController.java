package com.acme.spring;

import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.services.sfn.SfnClient;

@RestController
public class InvoicesController implements InvoicesApi {
    @Override
    public String invoices() {
        return SfnClient.create().toString(); // Noncompliant {{of InvoicesController.invoices}}
    }
}
