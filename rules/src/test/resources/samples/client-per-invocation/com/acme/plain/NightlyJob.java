package com.acme.plain;

public class NightlyJob extends BaseJob {
}
