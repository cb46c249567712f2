package com.acme.workflow;

/** The project's own Context: a workflow step's state, not the Lambda runtime's. */
public class Context {
    public String step() {
        return "start";
    }
}
