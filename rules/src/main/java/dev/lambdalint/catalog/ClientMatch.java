package dev.lambdalint.catalog;

/** A construction the catalog recognised: which family, from which type, and in which form. */
public record ClientMatch(ClientFamily family, String ownerType, Form form) {

    public enum Form { FACTORY, BUILDER, CONSTRUCTOR, BUILDER_CONSTRUCTOR }

    /** The client's simple name: the family's {@code produces}, else the owner without "Builder" or "Options". */
    public String clientName() {
        if (family.produces() != null) {
            return family.produces();
        }
        String simple = ownerType.substring(ownerType.lastIndexOf('.') + 1);
        if (simple.endsWith("ClientBuilder")) {
            return simple.substring(0, simple.length() - "Builder".length());
        }
        // StorageOptions.getDefaultInstance().getService() builds a Storage
        return simple.endsWith("Options") && simple.length() > "Options".length()
                ? simple.substring(0, simple.length() - "Options".length()) : simple;
    }

    /** Whether the construction is only complete once a build method ends the chain. */
    public boolean needsBuildCall() {
        return form == Form.BUILDER || form == Form.BUILDER_CONSTRUCTOR;
    }
}
