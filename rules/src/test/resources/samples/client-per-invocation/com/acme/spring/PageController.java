package com.acme.spring;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import software.amazon.awssdk.services.ses.SesClient;

@Controller
public class PageController {
    @RequestMapping("/page")
    public String page() {
        return SesClient.create().toString(); // Noncompliant {{of PageController.page}}
    }
}
