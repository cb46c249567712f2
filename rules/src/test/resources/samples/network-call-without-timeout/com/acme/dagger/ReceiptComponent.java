package com.acme.dagger;

import dagger.Component;
import javax.inject.Singleton;

@Singleton
@Component(modules = ReceiptModule.class)
public interface ReceiptComponent {
    ReceiptSender sender();
}
