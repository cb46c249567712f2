package com.acme.web;

/** The project's own annotation of the same name as Spring's. */
public @interface RestController {
}
