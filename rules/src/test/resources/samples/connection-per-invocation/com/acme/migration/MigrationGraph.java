package com.acme.migration;

import java.sql.DriverManager;
import java.sql.SQLException;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import lombok.Getter;

/** A lazily built singleton graph: its getters (one Lombok generates, one written out) hand out what it keeps. */
@Getter
public class MigrationGraph {
    private static MigrationGraph instance;

    private final Liquibase liquibase;
    private final Database database;

    private MigrationGraph(Liquibase liquibase, Database database) {
        this.liquibase = liquibase;
        this.database = database;
    }

    public static MigrationGraph getInstance() throws SQLException, LiquibaseException {
        if (instance != null) {
            return instance;
        }
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                new JdbcConnection(DriverManager.getConnection(System.getenv("DB_URL"))));
        instance = new MigrationGraph(new Liquibase("changelog.xml", new ClassLoaderResourceAccessor(), database),
                database);
        return instance;
    }

    public Database currentDatabase() {
        return database;
    }

    public Liquibase freshLiquibase() {
        return new Liquibase("changelog.xml", new ClassLoaderResourceAccessor(), database);
    }
}
