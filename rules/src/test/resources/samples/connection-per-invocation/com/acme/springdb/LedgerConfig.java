package com.acme.springdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A bean method opens the connection: once per start of the context, which here is once per request. */
@Configuration
public class LedgerConfig {

    @Bean
    public Connection ledger() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://ledger/ledger"); // Noncompliant {{It runs as part of the start-up of the Spring application context, which is started on every invocation (the call chain shows where): start the context once}}
    }
}
