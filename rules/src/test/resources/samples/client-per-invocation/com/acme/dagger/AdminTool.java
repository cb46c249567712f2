package com.acme.dagger;

import software.amazon.awssdk.services.iam.IamClient;

public class AdminTool {
    private final IamClient iam;

    public AdminTool(IamClient iam) {
        this.iam = iam;
    }

    public void run() {
        iam.toString();
    }

    public static void main(String[] args) {
        DaggerAdminComponent.create().admin().run();
    }
}
