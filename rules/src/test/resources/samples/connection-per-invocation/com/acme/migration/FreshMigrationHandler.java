package com.acme.migration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.zaxxer.hikari.HikariDataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Closes only what one invocation builds: a getter that builds anew, a local replaced, a per-call session. */
public class FreshMigrationHandler implements RequestHandler<String, String> {
    private static final HikariDataSource POOL = new HikariDataSource();

    @Override
    public String handleRequest(String event, Context context) {
        try {
            Database borrowed = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(POOL.getConnection()));
            try (Liquibase perCall = new Liquibase("changelog.xml", new ClassLoaderResourceAccessor(), borrowed)) {
                perCall.update(new Contexts(), new LabelExpression());
            }
            MigrationGraph graph = MigrationGraph.getInstance();
            graph.freshLiquibase().close();
            Liquibase replaced = graph.getLiquibase();
            replaced = graph.freshLiquibase();
            replaced.close();
            MigrationSession session = new MigrationSession(borrowed);
            session.getDatabase().close();
            return "SUCCESS";
        } catch (Exception e) {
            return "FAILED";
        }
    }
}
