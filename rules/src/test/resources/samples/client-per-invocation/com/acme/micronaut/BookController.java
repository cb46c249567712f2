package com.acme.micronaut;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import software.amazon.awssdk.services.sqs.SqsClient;

@Controller("/books")
public class BookController {
    private final SqsClient once = SqsClient.create();

    @Get("/{isbn}")
    public String show(String isbn) {
        return SqsClient.create().toString() + isbn; // Noncompliant {{of BookController.show}}
    }

    @Post
    public String add(String isbn) {
        return once.toString() + isbn;
    }

    public String unmapped() {
        return SqsClient.create().toString();
    }
}
