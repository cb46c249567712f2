package com.acme.store;

/** Run by a scheduler the handler starts, never called by name: it still empties the map. */
public class Sweeper implements Runnable {

    @Override
    public void run() {
        PacedHandler.SWEPT.clear();
    }
}
