package com.acme.springconfig.once;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The same fetch in a bean method of a context started once per execution environment. */
@Configuration
public class OnceSettingsConfig {
    private static final SsmClient SSM = SsmClient.create();

    @Bean
    public String apiKey() {
        return SSM.getParameter(r -> r.name("/settings/api-key")).parameter().value();
    }
}
