package com.acme.springcontext.mainonly;

import static org.springframework.boot.SpringApplication.run;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Started by a statically imported run in main only: a local start, which no Lambda invocation runs. */
@SpringBootApplication(scanBasePackageClasses = com.acme.springcontext.mainonly.beans.LocalBeans.class)
public class MainOnlyApplication {

    public static void main(String[] args) {
        run(MainOnlyApplication.class, args);
    }
}
