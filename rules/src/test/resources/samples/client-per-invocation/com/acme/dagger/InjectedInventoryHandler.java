package com.acme.dagger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import javax.inject.Inject;

/** The component is built once, in the constructor, which injects the handler's fields. */
public class InjectedInventoryHandler implements RequestHandler<String, String> {
    @Inject
    InventoryService inventory;

    private final InventoryComponent component;

    public InjectedInventoryHandler() {
        component = DaggerInventoryComponent.builder().inventoryModule(new InventoryModule()).build();
        component.inject(this);
    }

    @Override
    public String handleRequest(String id, Context context) {
        return inventory.stock(id) + component.warehouse().locate(id);
    }
}
