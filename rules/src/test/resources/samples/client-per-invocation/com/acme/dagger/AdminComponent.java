package com.acme.dagger;

import dagger.Component;

@Component(modules = AdminModule.class)
public interface AdminComponent {
    AdminTool admin();
}
