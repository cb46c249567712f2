package com.acme.outbound;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.SendMessage;
import net.spy.memcached.MemcachedClient;
import java.io.IOException;
import java.net.InetSocketAddress;

/** Sends a Telegram message per event, remembering the last one in Memcached. */
public class NotifierHandler implements RequestHandler<String, String> {
    private static final TelegramBot BOT = new TelegramBot(System.getenv("BOT_TOKEN"));
    private static MemcachedClient cache;

    @Override
    public String handleRequest(String text, Context context) {
        TelegramBot perCall = new TelegramBot(System.getenv("BOT_TOKEN")); // Noncompliant {{TelegramBot (Telegram bot client (pengrad)) is built on every invocation of NotifierHandler.handleRequest}}
        perCall.execute(new SendMessage(System.getenv("CHAT_ID"), text));
        TelegramBot built = new TelegramBot.Builder(System.getenv("BOT_TOKEN")).build(); // Noncompliant {{TelegramBot (Telegram bot client (pengrad)) is built on every invocation of NotifierHandler.handleRequest}}
        built.execute(new SendMessage(System.getenv("CHAT_ID"), text));
        BOT.execute(new SendMessage(System.getenv("CHAT_ID"), text));
        try {
            MemcachedClient lastSeen = new MemcachedClient(new InetSocketAddress("cache.internal", 11211)); // Noncompliant {{MemcachedClient (Memcached client (spymemcached)) is built on every invocation of NotifierHandler.handleRequest}}
            lastSeen.set("last", 3600, text);
            lastSeen.shutdown();
            cache().set("previous", 3600, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "sent";
    }

    /** Lazily made once per execution environment. */
    private static MemcachedClient cache() throws IOException {
        if (cache == null) {
            cache = new MemcachedClient(new InetSocketAddress("cache.internal", 11211));
        }
        return cache;
    }
}
