package com.acme.springconfig.percall;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application its handler starts on every request. */
@SpringBootApplication
public class SettingsApplication {
}
