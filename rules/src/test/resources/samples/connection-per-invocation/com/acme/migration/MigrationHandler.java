package com.acme.migration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;

/** Closes, on every invocation, what the singleton graph keeps: the next warm invocation migrates on a closed connection. */
public class MigrationHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String event, Context context) {
        try {
            MigrationGraph graph = MigrationGraph.getInstance();
            Liquibase liquibase = graph.getLiquibase();
            liquibase.update(new Contexts(), new LabelExpression());
            liquibase.close(); // Noncompliant {{liquibase (Liquibase) is built once per execution environment but is closed on every invocation}}
            graph.currentDatabase().close(); // Noncompliant {{database (Database)}}
            return "SUCCESS";
        } catch (Exception e) {
            return "FAILED";
        }
    }
}
