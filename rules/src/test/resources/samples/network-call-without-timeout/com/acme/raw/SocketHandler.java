package com.acme.raw;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/** Raw sockets read with no SO_TIMEOUT block forever. */
public class SocketHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String host, Context context) {
        try (Socket unbounded = new Socket(host, 7000); // Noncompliant {{A socket opened on every invocation of SocketHandler.handleRequest}} {{gets no setSoTimeout}}
             Socket bounded = new Socket()) {
            bounded.connect(new InetSocketAddress(host, 7001), 2000);
            bounded.setSoTimeout(5000);
            Socket secure = SSLSocketFactory.getDefault().createSocket(host, 443); // Noncompliant {{setSoTimeout}}
            int read = secure.getInputStream().read();
            secure.close();
            return unbounded.getInputStream().read() + "" + bounded.getInputStream().read() + read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
