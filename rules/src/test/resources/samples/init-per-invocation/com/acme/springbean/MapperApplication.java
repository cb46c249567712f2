package com.acme.springbean;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application one handler starts on every request. */
@SpringBootApplication
public class MapperApplication {
}
