package com.acme.store;

import java.util.ArrayList;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A singleton controller: each POST adds a customer to its list, only DELETE /customers/{id} removes one. */
@RestController
public class CustomerController {
    private final List<Customer> customers = new ArrayList<>(); // Noncompliant {{removeIf at com/acme/store/CustomerController.java:}} {{in CustomerController.deleteCustomer removes only the one key the request names}}
    private final List<Customer> audited = new ArrayList<>();

    @GetMapping("/customers")
    String list() {
        return customers.toString();
    }

    @PostMapping("/customers")
    String create(@RequestBody Customer customer) {
        customers.add(customer);
        audited.add(customer);
        return customer.id();
    }

    @DeleteMapping("/customers/{id}")
    void deleteCustomer(@PathVariable String id) {
        customers.removeIf(c -> c.uuid.toString().equals(id));
        audited.removeIf(c -> c.id().equals(id));
    }

    /** The framework calls it on a schedule: it empties the whole list, so it bounds it. */
    @Scheduled(fixedRate = 60_000)
    void flushAudit() {
        audited.clear();
    }
}
