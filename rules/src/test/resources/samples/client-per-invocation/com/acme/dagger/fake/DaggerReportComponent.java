package com.acme.dagger.fake;

/** A project class that only looks like Dagger's generated one: its own code is what runs. */
public class DaggerReportComponent {
    public static DaggerReportComponent create() {
        return new DaggerReportComponent();
    }

    public String reports() {
        return "none";
    }
}
