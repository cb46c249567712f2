package com.acme.dagger;

import dagger.Component;
import javax.inject.Singleton;

@Singleton
@Component(modules = CallbackModule.class)
public interface CallbackComponent {
    CallbackSender sender();

    StatusNotifier notifier();
}
