package dev.lambdalint.model;

import dev.lambdalint.CallStep;
import dev.lambdalint.catalog.ContextStart;

/**
 * Why code that only a framework's start-up runs (a Spring {@code @Bean} method, a component's constructor) runs on
 * every invocation: a call on the way from the handler starts the framework's application context each time.
 *
 * @param start how the catalog knows the start ({@code SpringApplication.run}, {@code new
 *              AnnotationConfigApplicationContext}); its family names the framework, its docs say how to keep it
 * @param at    the unit that starts the context and the line of that call in its file
 */
public record StartedContext(ContextStart start, CallStep at) {
}
