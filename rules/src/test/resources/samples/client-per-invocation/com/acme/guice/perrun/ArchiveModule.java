package com.acme.guice.perrun;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import software.amazon.awssdk.services.s3.S3Client;

/** A module no injector is made from: its provider never runs. */
public class ArchiveModule extends AbstractModule {

    @Provides
    @Singleton
    S3Client s3() {
        return S3Client.create();
    }
}
