package com.acme.tools;

/** A tool no handler uses, with a syntax error: reported only when every file is parsed. */
public class Broken {
    void run( {
    }
}
