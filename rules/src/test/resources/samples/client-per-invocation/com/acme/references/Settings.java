package com.acme.references;

public class Settings {
    final Archive archive = new Archive();
}
