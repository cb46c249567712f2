package com.acme.orders;

public class Broken {
    public void handle( {
}
