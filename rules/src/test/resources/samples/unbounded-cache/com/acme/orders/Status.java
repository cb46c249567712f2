package com.acme.orders;

public enum Status { NEW, PAID, SHIPPED }
