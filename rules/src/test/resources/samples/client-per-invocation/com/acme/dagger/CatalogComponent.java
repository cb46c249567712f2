package com.acme.dagger;

import dagger.Component;
import javax.inject.Singleton;

@Singleton
@Component(modules = CatalogModule.class)
public interface CatalogComponent {
    CatalogService catalog();

    PricingClient pricing();
}
