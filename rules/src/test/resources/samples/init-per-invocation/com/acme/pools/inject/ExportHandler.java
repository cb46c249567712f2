package com.acme.pools.inject;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The component is made once; each invocation asks it for a new per-request exporter. */
public class ExportHandler implements RequestHandler<String, String> {
    private static final ExportComponent COMPONENT = DaggerExportComponent.create();

    @Override
    public String handleRequest(String id, Context context) {
        return COMPONENT.exporter().export(id) + COMPONENT.archiver().archive(id);
    }
}
