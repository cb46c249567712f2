package com.acme.sftp;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.session.ClientSession;

/** SSHD futures: verify() with no argument waits Long.MAX_VALUE ms; verify(timeout) is bounded. */
public class SftpHandler implements RequestHandler<String, String> {
    private final SshClient client;
    private final Gateway gateway = new Gateway();

    public SftpHandler() throws IOException {
        client = SshClient.setUpDefaultClient();
        client.start();
        // a warm-up connection at INIT: not per invocation
        client.connect("probe", "sftp.example.com", 22).verify().getSession().close();
    }

    @Override
    public String handleRequest(String host, Context context) {
        try (ClientSession session = client.connect("batch", host, 22)
                .verify().getSession()) { // Noncompliant {{waits with no bound}} {{verify(timeout, unit)}}
            AuthFuture auth = session.auth();
            auth.verify(); // Noncompliant {{An Apache MINA SSHD future awaited with verify()}}
            try (ClientSession bounded = client.connect("batch", host, 2222).verify(10, TimeUnit.SECONDS).getSession()) {
                bounded.auth().verify(5000);
            }
            gateway.connect().verify();
            new Receipt(host).verify();
            return session.getServerVersion();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
