package com.acme.cache;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLSocketFactory;

/** Raw sockets opened per invocation; the same in main is not judged. */
public class SocketHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        try (Socket socket = new Socket("metrics.internal", 2003)) { // Noncompliant {{socket}}
            socket.getOutputStream().write(in.readAllBytes());
        }
        try (SocketChannel channel = SocketChannel.open(new InetSocketAddress("metrics.internal", 2004))) { // Noncompliant {{socket channel}}
            channel.finishConnect();
        }
        SSLSocketFactory tls = (SSLSocketFactory) SSLSocketFactory.getDefault();
        try (Socket secure = tls.createSocket("metrics.internal", 443)) { // Noncompliant {{keep it in a static field}}
            secure.getOutputStream().flush();
        }
    }

    public static void main(String[] args) throws IOException {
        try (Socket socket = new Socket("localhost", 2003)) {
            socket.getOutputStream().flush();
        }
    }
}
