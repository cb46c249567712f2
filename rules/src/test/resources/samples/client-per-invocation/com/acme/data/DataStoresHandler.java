package com.acme.data;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.couchbase.client.java.Cluster;
import com.datastax.oss.driver.api.core.CqlSession;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.net.InetSocketAddress;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/** Database drivers, sessions and factories: built per call (findings) and built once (quiet). */
public class DataStoresHandler implements RequestHandler<String, String> {
    private static final CqlSession CQL = CqlSession.builder()
            .addContactPoint(new InetSocketAddress("cassandra.eu-west-1.amazonaws.com", 9142)).build();
    private static final Driver NEO4J = GraphDatabase.driver("neo4j://graph:7687", AuthTokens.basic("u", "p"));
    private static final RedissonClient REDISSON = Redisson.create(new Config());
    private static final Cluster COUCHBASE = Cluster.connect("couchbase://db", "user", "password");
    private static final SessionFactory SESSIONS = new Configuration().configure().buildSessionFactory();
    private static final EntityManagerFactory EMF = Persistence.createEntityManagerFactory("orders");

    @Override
    public String handleRequest(String id, Context context) {
        CqlSession cql = CqlSession.builder().withKeyspace("orders").build(); // Noncompliant {{CqlSession (Cassandra session)}} {{single instance per target cluster}}
        Driver neo4j = GraphDatabase.driver("neo4j://graph:7687", AuthTokens.basic("u", "p")); // Noncompliant {{Driver (Neo4j driver)}} {{expensive to create}}
        RedissonClient redisson = Redisson.create(new Config()); // Noncompliant {{RedissonClient (Redisson client)}}
        Cluster couchbase = Cluster.connect("couchbase://db", "user", "password"); // Noncompliant {{Cluster (Couchbase cluster)}}
        SessionFactory sessions = new Configuration().configure() // Noncompliant {{SessionFactory (Hibernate session factory)}}
                .buildSessionFactory();
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("orders"); // Noncompliant {{EntityManagerFactory (JPA entity manager factory)}}
        // per-invocation units of work on factories built once are the intended use
        try (Session session = SESSIONS.openSession(); var graph = NEO4J.session()) {
            EntityManager em = EMF.createEntityManager();
            Configuration notBuilt = new Configuration().addAnnotatedClass(Order.class);
            return cql.toString() + neo4j + redisson + couchbase + sessions + emf + session + graph + em + notBuilt
                    + CQL.execute("SELECT 1") + REDISSON + COUCHBASE;
        }
    }

    record Order(String id) {
    }
}
