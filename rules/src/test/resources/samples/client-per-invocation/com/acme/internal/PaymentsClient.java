package com.acme.internal;

public class PaymentsClient {
    public PaymentsClient(String endpoint) {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static class Builder {
        public Builder endpoint(String endpoint) {
            return this;
        }

        public PaymentsClient build() {
            return new PaymentsClient("x");
        }
    }
}
