package com.acme.timers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.logging.LoggingHandler;

/**
 * A Netty client whose event loop group is made per invocation and shut down when the call ends: no thread is left
 * behind, but every call opens the group's selectors and starts its threads again.
 */
public class NettyClientHandler implements RequestHandler<String, String> {
    private static final String HOST = System.getenv("LEDGER_HOST");

    @Override
    public String handleRequest(String line, Context context) {
        EventLoopGroup group = new NioEventLoopGroup(); // Noncompliant {{NioEventLoopGroup (Netty event loop group) is built on every invocation of NettyClientHandler.handleRequest: every call starts a new event loop group}}
        try {
            Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .handler(new LoggingHandler());
            Channel channel = bootstrap.connect(HOST, 7000).sync().channel();
            channel.writeAndFlush(line).sync();
            channel.close().sync();
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            group.shutdownGracefully().syncUninterruptibly();
        }
    }
}
