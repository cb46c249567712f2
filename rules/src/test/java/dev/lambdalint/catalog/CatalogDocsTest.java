package dev.lambdalint.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every catalog entry that a finding blames says where the library's own documentation asks to reuse it. */
class CatalogDocsTest {
    private final Catalog catalog = Catalog.load(List.of());

    @Test
    void everyClientFamilyNamesWhereItsDocsSayToReuseIt() {
        for (ClientFamily family : catalog.clients()) {
            assertNotNull(family.docs(), family.family() + " " + family.types() + " has no docs note");
            assertFalse(family.docs().isBlank(), family.family() + " " + family.types());
        }
    }

    @Test
    void everyReusableObjectNamesWhereItsDocsSayToReuseIt() {
        for (ReusableObject reusable : catalog.reusable()) {
            assertNotNull(reusable.construction().docs(), reusable.construction().types() + " has no docs note");
        }
    }

    @Test
    void everyConnectionOpenerNamesWhereItsDocsSayToKeepTheConnection() {
        for (ConnectionOpener opener : catalog.connections().opens()) {
            assertNotNull(opener.docs(), opener.what() + " has no docs note");
        }
    }
}
