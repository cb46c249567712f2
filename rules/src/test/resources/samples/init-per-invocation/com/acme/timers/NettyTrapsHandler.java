package com.acme.timers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.logging.LoggingHandler;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timer;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Groups and wheel timers made once per execution environment (static field, static block, constructor, lazily
 * under a null check), the shared executors Netty itself keeps, an event loop taken from a group, and a main no
 * handler reaches: quiet.
 */
public class NettyTrapsHandler implements RequestHandler<String, String> {
    private static final EventLoopGroup GROUP = new NioEventLoopGroup(1);
    private static final EventLoopGroup NATIVE;
    private static Timer wheel;

    static {
        NATIVE = new EpollEventLoopGroup(1);
    }

    private final EventLoopGroup io;

    public NettyTrapsHandler() {
        io = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    private static Timer wheel() {
        if (wheel == null) {
            wheel = new HashedWheelTimer();
        }
        return wheel;
    }

    @Override
    public String handleRequest(String line, Context context) {
        Bootstrap bootstrap = new Bootstrap().group(GROUP).channel(NioSocketChannel.class)
                .handler(new LoggingHandler());
        Channel channel = bootstrap.connect("localhost", 7000).syncUninterruptibly().channel();
        channel.eventLoop().execute(() -> context.getLogger().log(line));
        GROUP.next().schedule(() -> context.getLogger().log("tick"), 1, TimeUnit.SECONDS);
        wheel().newTimeout(timeout -> context.getLogger().log("late"), 1, TimeUnit.SECONDS);
        GlobalEventExecutor.INSTANCE.execute(() -> context.getLogger().log("global"));
        ImmediateEventExecutor.INSTANCE.execute(() -> context.getLogger().log("inline"));
        channel.close().syncUninterruptibly();
        return line + NATIVE + io;
    }

    public static void main(String[] args) throws InterruptedException {
        EventLoopGroup group = new NioEventLoopGroup();
        try {
            group.submit(() -> new NettyTrapsHandler().handleRequest(args[0], null)).sync();
        } finally {
            group.shutdownGracefully().sync();
        }
    }
}
