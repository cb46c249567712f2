package com.acme.dagger;

import dagger.Component;
import javax.inject.Singleton;

@Singleton
@Component(modules = ReportModule.class)
public interface ReportComponent {
    String reports();
}
