package com.acme.spring;

import org.springframework.context.annotation.Configuration;

@Configuration
public class ReportConfig {
}
