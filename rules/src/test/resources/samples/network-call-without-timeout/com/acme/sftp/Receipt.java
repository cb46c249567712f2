package com.acme.sftp;

/** A project type with a verify() of its own. */
public class Receipt {
    private final String text;

    public Receipt(String text) {
        this.text = text;
    }

    public boolean verify() {
        return !text.isEmpty();
    }
}
