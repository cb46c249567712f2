package com.acme.shared;

import java.util.HashMap;

/** A project subclass of HashMap is still a map. */
public class SkuIndex extends HashMap<String, String> {
}
