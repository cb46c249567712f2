package com.acme.timers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.kqueue.KQueueEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.concurrent.TimeUnit;

/** Every kind of Netty group, and Netty's wheel timer, made per invocation. */
public class NettyGroupsHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String id, Context context) {
        EventLoopGroup epoll = new EpollEventLoopGroup(2); // Noncompliant {{EpollEventLoopGroup (Netty event loop group)}}
        EventLoopGroup kqueue = new KQueueEventLoopGroup(); // Noncompliant {{KQueueEventLoopGroup (Netty event loop group)}}
        EventLoopGroup local = new DefaultEventLoopGroup(1); // Noncompliant {{DefaultEventLoopGroup (Netty event loop group) is built on every invocation of NettyGroupsHandler.handleRequest: every call starts a new event loop group}}
        EventLoopGroup io = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory()); // Noncompliant {{opens its own selector}}
        EventExecutorGroup blocking = new DefaultEventExecutorGroup(4); // Noncompliant {{DefaultEventExecutorGroup (Netty event executor group)}}
        HashedWheelTimer wheel = new HashedWheelTimer(10, TimeUnit.MILLISECONDS); // Noncompliant {{HashedWheelTimer (Netty timer) is built on every invocation of NettyGroupsHandler.handleRequest: every call starts a new timer thread}}
        Timeout expiry = wheel.newTimeout(timeout -> context.getLogger().log("late " + id), 1, TimeUnit.SECONDS);
        blocking.submit(() -> context.getLogger().log(id));
        local.shutdownGracefully();
        return id + epoll + kqueue + io + expiry;
    }
}
