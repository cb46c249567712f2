package com.acme.springdb;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application its handler starts on every request. */
@SpringBootApplication
public class LedgerApplication {
}
