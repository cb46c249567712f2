package dev.lambdalint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The meta-test, starting from what exists rather than from the registry: every rule class compiled into the
 * {@code dev.lambdalint.check} packages is registered, and every rule sample folder and rule doc belongs to a
 * registered rule, so a rule nobody registered or a sample nobody reads fails the build.
 */
class RuleRegistryTest {
    private static final Path DOCS = Path.of("src/main/resources/dev/lambdalint/docs");

    @Test
    void everyRuleClassInTheCheckPackagesIsRegistered() throws Exception {
        List<Class<?>> ruleClasses = compiledRuleClasses();
        assertTrue(ruleClasses.size() >= Rules.all().size(), "the scan found " + ruleClasses);

        Set<Class<?>> registered = Rules.all().stream().map(Object::getClass).collect(Collectors.toSet());
        List<String> unregistered = ruleClasses.stream().filter(c -> !registered.contains(c)).map(Class::getName)
                .toList();
        assertEquals(List.of(), unregistered, "rule classes missing from Rules.all()");
        for (Class<?> c : ruleClasses) {
            assertTrue(c.isAnnotationPresent(RuleMeta.class), c.getName() + " has no @RuleMeta");
        }
    }

    @Test
    void ruleIdsAreUniqueAndKebabCase() {
        List<String> ids = Rules.all().stream().map(r -> r.info().id()).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), ids.toString());
        ids.forEach(id -> assertTrue(id.matches("[a-z]+(-[a-z]+)*"), id));
    }

    @Test
    void everySampleFolderAndEveryDocBelongsToARegisteredRule() throws IOException {
        Set<String> ids = Rules.all().stream().map(r -> r.info().id()).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> samples = Files.list(SampleVerifier.SAMPLES)) {
            List<String> orphans = samples.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !ids.contains(name)).sorted().toList();
            assertEquals(List.of(), orphans, "sample folders no registered rule reads; the rules are " + ids);
        }
        try (Stream<Path> docs = Files.list(DOCS)) {
            List<String> orphans = docs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).filter(id -> !ids.contains(id)).sorted().toList();
            assertEquals(List.of(), orphans, "docs of no registered rule");
        }
    }

    @Test
    void theScanFindsARuleClassNobodyRegistered() throws Exception {
        // the scan must see nested and package-private classes too: UnregisteredProbe below is one
        assertTrue(ruleClasses(Path.of(RuleRegistryTest.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI())).contains(UnregisteredProbe.class));
    }

    /** Concrete Rule implementations in the main classes of dev.lambdalint.check and its sub-packages. */
    private static List<Class<?>> compiledRuleClasses() throws URISyntaxException, IOException {
        return ruleClasses(Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    private static List<Class<?>> ruleClasses(Path classesRoot) throws IOException {
        Path check = classesRoot.resolve("dev/lambdalint/check");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(check)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classesRoot.relativize(file).toString().replace('\\', '/').replace('/', '.');
                Class<?> c;
                try {
                    c = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                            RuleRegistryTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (Rule.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /** Not a rule of the product: proves the scan sees a rule class that no registry lists. */
    static final class UnregisteredProbe implements Rule {
        @Override
        public void check(RuleContext context) {
        }
    }
}
