package com.acme.shared;

public interface Notifier {
    void send(String message);

    static Notifier forOrders() {
        return new SnsNotifier();
    }
}
