package com.acme.springcontext.perrun;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application class the handler starts: its package and subpackages are scanned. */
@SpringBootApplication
public class AnalyserApplication {
}
