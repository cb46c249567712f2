package com.acme.outbound;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;

/** Reads invoices through MyBatis: one handler builds its session factory per call, the other once. */
public class InvoiceQueryHandler implements RequestHandler<String, Integer> {
    private static final SqlSessionFactory SESSIONS;

    static {
        try (InputStream config = Resources.getResourceAsStream("mybatis-config.xml")) {
            SESSIONS = new SqlSessionFactoryBuilder().build(config);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Integer handleRequest(String customer, Context context) {
        try (InputStream config = Resources.getResourceAsStream("mybatis-config.xml")) {
            SqlSessionFactory perCall = new SqlSessionFactoryBuilder().build(config); // Noncompliant {{SqlSessionFactory (MyBatis session factory) is built on every invocation of InvoiceQueryHandler.handleRequest}}
            try (SqlSession session = perCall.openSession(); SqlSession kept = SESSIONS.openSession()) {
                return session.selectList("invoices.byCustomer", customer).size()
                        + kept.selectList("invoices.byCustomer", customer).size();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A command-line migration check that no handler reaches. */
    public static void main(String[] args) throws IOException {
        try (InputStream config = Resources.getResourceAsStream("mybatis-config.xml")) {
            SqlSessionFactory once = new SqlSessionFactoryBuilder().build(config);
            try (SqlSession session = once.openSession()) {
                System.out.println(session.selectList("invoices.all").size());
            }
        }
    }
}
