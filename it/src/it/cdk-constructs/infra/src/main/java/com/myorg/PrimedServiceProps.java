package com.myorg;

public final class PrimedServiceProps {
    private final String handler;
    private final Number memorySize;
    private final boolean snapStart;

    private PrimedServiceProps(final Builder builder) {
        this.handler = builder.handler;
        this.memorySize = builder.memorySize;
        this.snapStart = builder.snapStart;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getHandler() {
        return handler;
    }

    public Number getMemorySize() {
        return memorySize;
    }

    public boolean isSnapStart() {
        return snapStart;
    }

    public static final class Builder {
        private String handler;
        private Number memorySize;
        private boolean snapStart;

        public Builder handler(final String handler) {
            this.handler = handler;
            return this;
        }

        public Builder memorySize(final Number memorySize) {
            this.memorySize = memorySize;
            return this;
        }

        public Builder snapStart(final boolean snapStart) {
            this.snapStart = snapStart;
            return this;
        }

        public PrimedServiceProps build() {
            return new PrimedServiceProps(this);
        }
    }
}
