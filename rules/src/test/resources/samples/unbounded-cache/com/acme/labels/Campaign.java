package com.acme.labels;

import com.acme.orders.Status;
import lombok.Data;

/** Lombok writes getStatus() and getName(). */
@Data
public class Campaign {
    private Status status;
    private String name;
}
