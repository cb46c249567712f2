package com.acme.templates;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import freemarker.template.Configuration;
import java.io.StringWriter;
import java.util.Map;
import org.thymeleaf.TemplateEngine;

/**
 * Engines made once: in a static field, in the constructor, behind a null test; and a Hadoop Configuration, which
 * is another library's class of the same simple name.
 */
public class RenderTrapsHandler implements RequestHandler<Map<String, Object>, String> {
    private static final Configuration FREEMARKER = new Configuration(Configuration.VERSION_2_3_32);
    private final MustacheFactory mustache;
    private TemplateEngine thymeleaf;

    public RenderTrapsHandler() {
        mustache = new DefaultMustacheFactory("templates");
    }

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        try {
            StringWriter out = new StringWriter();
            FREEMARKER.getTemplate("mail.ftl").process(event, out);
            mustache.compile("subject.mustache").execute(out, event);
            if (thymeleaf == null) {
                thymeleaf = new TemplateEngine();
            }
            out.write(thymeleaf.process("footer", new org.thymeleaf.context.Context()));
            org.apache.hadoop.conf.Configuration hadoop = new org.apache.hadoop.conf.Configuration(false);
            hadoop.set("fs.defaultFS", String.valueOf(event.get("fs")));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
