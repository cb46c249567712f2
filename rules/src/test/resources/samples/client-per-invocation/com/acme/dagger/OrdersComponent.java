package com.acme.dagger;

import dagger.Component;
import javax.inject.Singleton;

/** Dagger generates DaggerOrdersComponent from this; the sources never hold it. */
@Singleton
@Component(modules = {OrdersModule.class})
public interface OrdersComponent {
    OrderService orders();

    ReportService reports();
}
