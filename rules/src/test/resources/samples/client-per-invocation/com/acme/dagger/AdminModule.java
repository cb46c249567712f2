package com.acme.dagger;

import dagger.Module;
import dagger.Provides;
import software.amazon.awssdk.services.iam.IamClient;

@Module
public class AdminModule {
    @Provides
    static AdminTool admin() {
        return new AdminTool(IamClient.create()); // only main makes this component
    }
}
