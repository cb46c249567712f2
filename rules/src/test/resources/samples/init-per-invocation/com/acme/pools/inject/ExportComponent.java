package com.acme.pools.inject;

import dagger.Component;
import javax.inject.Singleton;

@Singleton
@Component
public interface ExportComponent {
    ReportExporter exporter();

    Archiver archiver();
}
