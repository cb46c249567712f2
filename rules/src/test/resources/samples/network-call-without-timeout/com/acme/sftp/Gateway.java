package com.acme.sftp;

/** A project type whose connect() returns a project type: its verify() is no library wait. */
public class Gateway {
    public Link connect() {
        return new Link();
    }

    public static class Link {
        public boolean verify() {
            return true;
        }
    }
}
