package com.acme.dagger;

import dagger.Component;
import javax.inject.Singleton;

@Singleton
@Component(modules = InventoryModule.class)
public interface InventoryComponent {
    void inject(InjectedInventoryHandler handler);

    Warehouse warehouse();
}
