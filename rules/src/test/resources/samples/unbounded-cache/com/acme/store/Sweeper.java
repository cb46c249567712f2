package com.acme.store;

/**
 * Run by a scheduler the handler starts, never called by name: it still empties the map. No {@code @Override}:
 * implementing an interface is enough to say a library may call it.
 */
public class Sweeper implements Runnable {

    public void run() {
        PacedHandler.SWEPT.clear();
    }
}
