package com.acme.dagger;

import dagger.Component;
import javax.inject.Singleton;

@Singleton
@Component
public interface ShippingComponent {
    ShippingService shipping();
}
