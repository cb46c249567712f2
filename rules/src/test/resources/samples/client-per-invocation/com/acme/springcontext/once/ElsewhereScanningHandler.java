package com.acme.springcontext.once;

import com.acme.springcontext.oncewired.OnceWiredConfig;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/** The context scans another package, and is started once, in a static field. */
public class ElsewhereScanningHandler implements RequestHandler<String, String> {
    private static final AnnotationConfigApplicationContext SPRING =
            new AnnotationConfigApplicationContext(new Class<?>[] {ScanOnceWired.class});

    @Override
    public String handleRequest(String item, Context context) {
        return SPRING.getBean(String.class) + item;
    }

    @ComponentScan(basePackageClasses = OnceWiredConfig.class)
    static class ScanOnceWired {
    }
}
