package com.acme.labels;

public enum Channel { WEB, MOBILE, EMAIL }
