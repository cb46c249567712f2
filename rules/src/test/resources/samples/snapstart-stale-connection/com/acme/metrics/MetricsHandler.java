package com.acme.metrics;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;

/** Sockets opened during INIT: in the constructor, wrapped in a writer, in a helper object the handler keeps. */
public class MetricsHandler implements RequestHandler<String, String> {
    private final Socket socket;
    private final PrintWriter out;
    private final SocketChannel channel;
    private final Sender sender = new Sender();

    public MetricsHandler() {
        try {
            this.socket = new Socket("metrics.internal", 2003); // Noncompliant {{A socket is opened during INIT of MetricsHandler (new Socket("metrics.internal", 2003))}}
            this.out = new PrintWriter(new Socket("metrics.internal", 2004).getOutputStream()); // Noncompliant {{kept in out}}
            this.channel = SocketChannel.open(new InetSocketAddress("metrics.internal", 2005)); // Noncompliant {{socket channel}}
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String handleRequest(String line, Context context) {
        out.println(line);
        sender.send(line);
        return socket.isConnected() + "" + channel.isConnected();
    }

    static class Sender {
        private final OutputStream stream = connect().getOutputStream();

        private static Socket connect() throws IOException {
            return new Socket("events.internal", 9000); // Noncompliant {{kept in stream}} {{via MetricsHandler.<init> -> MetricsHandler.Sender.<init> -> MetricsHandler.Sender.connect}}
        }

        void send(String line) {
            try {
                stream.write(line.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
