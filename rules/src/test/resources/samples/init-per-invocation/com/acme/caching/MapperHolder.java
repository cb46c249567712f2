package com.acme.caching;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds its mapper on first use and keeps it. */
public class MapperHolder {
    private ObjectMapper mapper;

    public ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper().findAndRegisterModules();
        }
        return mapper;
    }
}
