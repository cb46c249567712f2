package com.acme.templates;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.thoughtworks.xstream.XStream;
import freemarker.template.Configuration;
import freemarker.template.Template;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringWriter;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.apache.tika.Tika;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.modelmapper.ModelMapper;
import org.thymeleaf.TemplateEngine;

/** Renders a mail per event, every engine and mapper made anew for it. */
public class MailRenderHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        try {
            StringWriter out = new StringWriter();
            Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32); // Noncompliant {{Configuration (FreeMarker) is built on every invocation of MailRenderHandler.handleRequest}}
            freemarker.setClassForTemplateLoading(MailRenderHandler.class, "/templates");
            Template template = freemarker.getTemplate("mail.ftl");
            template.process(event, out);
            Mustache subject = new DefaultMustacheFactory().compile("subject.mustache"); // Noncompliant {{DefaultMustacheFactory (Mustache.java)}}
            subject.execute(out, event);
            TemplateEngine thymeleaf = new TemplateEngine(); // Noncompliant {{TemplateEngine (Thymeleaf)}}
            out.write(thymeleaf.process("footer", new org.thymeleaf.context.Context()));
            VelocityEngine velocity = new VelocityEngine(); // Noncompliant {{VelocityEngine (Velocity)}}
            velocity.init();
            velocity.mergeTemplate("signature.vm", "UTF-8", new VelocityContext(event), out);
            ScriptEngine js = new ScriptEngineManager().getEngineByName("js"); // Noncompliant {{ScriptEngineManager (javax.script)}}
            js.eval("1 + 1");
            out.write(new XStream().toXML(event)); // Noncompliant {{XStream (XStream)}}
            Jsonb jsonb = JsonbBuilder.create(); // Noncompliant {{Jsonb (JSON-B)}}
            out.write(jsonb.toJson(event));
            MailView view = new ModelMapper().map(event, MailView.class); // Noncompliant {{ModelMapper (ModelMapper)}}
            out.write(view.toString());
            out.write(new Tika().detect(String.valueOf(event.get("attachment")))); // Noncompliant {{Tika (Apache Tika)}}
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
