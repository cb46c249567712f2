package com.acme.built;

import dagger.Component;
import javax.inject.Singleton;

@Singleton
@Component(modules = GraphModule.class)
public interface GraphComponent {
    GraphSource graph();

    StatsSource stats();
}
