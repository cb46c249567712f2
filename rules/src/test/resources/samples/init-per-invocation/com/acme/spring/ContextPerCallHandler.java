package com.acme.spring;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** A plain handler that starts a whole Spring context on every request, in each of the usual ways. */
public class ContextPerCallHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        ConfigurableApplicationContext spring = SpringApplication.run(ReportApplication.class); // Noncompliant {{ConfigurableApplicationContext (Spring) is built on every invocation of ContextPerCallHandler.handleRequest}}
        Object built = new SpringApplicationBuilder(ReportApplication.class) // Noncompliant {{ConfigurableApplicationContext (Spring)}}
                .web(WebApplicationType.NONE)
                .run();
        AnnotationConfigApplicationContext annotated = new AnnotationConfigApplicationContext(ReportConfig.class); // Noncompliant {{AnnotationConfigApplicationContext (Spring)}}
        return spring.getBean(String.class) + built + annotated + configured();
    }

    private ConfigurableApplicationContext configured() {
        SpringApplication application = new SpringApplication(ReportApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        return application.run(); // Noncompliant {{starting a Spring application context}}
    }
}
