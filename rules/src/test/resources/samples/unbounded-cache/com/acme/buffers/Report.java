package com.acme.buffers;

/** Made per invocation: its buffer goes when the invocation is done. */
class Report {
    private final StringBuilder text = new StringBuilder();
    private final String title;

    Report(String title) {
        this.title = title;
    }

    String render() {
        text.append("# ").append(title);
        return text.toString();
    }
}
