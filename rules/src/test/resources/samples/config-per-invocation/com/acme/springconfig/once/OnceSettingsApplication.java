package com.acme.springconfig.once;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application its handler starts once, in a static field. */
@SpringBootApplication
public class OnceSettingsApplication {
}
