package com.acme.springcontext.explicit;

import com.acme.springcontext.mail.MailConfig;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Scans only its wired subpackage, not its own package, and registers a configuration from elsewhere. */
@SpringBootApplication(scanBasePackages = {"com.acme.springcontext.explicit.wired"})
@Import(MailConfig.class)
public class ExplicitApplication {
}
