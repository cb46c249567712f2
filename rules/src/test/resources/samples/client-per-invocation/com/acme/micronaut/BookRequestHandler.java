package com.acme.micronaut;

import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.s3.S3Client;

/** Micronaut's request handler calls execute on every invocation; injection happens once. */
public class BookRequestHandler extends MicronautRequestHandler<String, String> {
    @Inject
    BookService books;

    @Override
    public String execute(String isbn) {
        return S3Client.create().toString() + books.title(isbn); // Noncompliant {{of BookRequestHandler.execute}}
    }
}
