package com.acme.migration;

import liquibase.database.Database;
import lombok.Data;

/** Built per invocation: closing what its generated getter returns closes nothing kept. */
@Data
public class MigrationSession {
    private final Database database;
}
