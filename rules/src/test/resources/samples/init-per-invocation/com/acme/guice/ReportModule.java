package com.acme.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

/** Provides the report text. */
public class ReportModule extends AbstractModule {

    @Provides
    String report() {
        return "report";
    }
}
