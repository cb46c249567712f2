package dev.lambdalint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the index and the handler search know of a file without reading its tree again. */
class DeclarationsTest {
    private static Declarations of(String text) {
        return Declarations.of(SourceScanner.newParser().parse(text).getResult().orElseThrow(), null);
    }

    @Test
    void aFileCanNameTheRuntimesTypesByImportOnDemandImportOrQualifiedName() {
        assertTrue(of("import com.amazonaws.services.lambda.runtime.Context; class A { public void h(String s, "
                + "Context c) {} }").namesLambdaRuntime());
        assertTrue(of("import com.amazonaws.services.lambda.runtime.events.*; class A { public void h(SQSEvent e) {} }")
                .namesLambdaRuntime());
        assertTrue(of("class A { public void h(String s, com.amazonaws.services.lambda.runtime.Context c) {} }")
                .namesLambdaRuntime());
        // another library's Context: the runtime cannot be meant
        assertFalse(of("import javax.naming.Context; class A { public void h(String s, Context c) {} }")
                .namesLambdaRuntime());
    }

    @Test
    void eachTypeSaysItsKindItsMethodShapesAndItsFieldTypes() {
        Declarations file = of("""
                package p;
                public class Outer<T> extends Base implements Runnable {
                    static final Registry REGISTRY = null;
                    static int count;
                    private final java.util.Map<String, T> byName = null;
                    public void run() {}
                    abstract static class Inner { abstract void take(String... values); }
                    enum Kind { A }
                }
                """);
        assertEquals(List.of("p.Outer", "p.Outer.Inner", "p.Outer.Kind"),
                file.types().stream().map(Declarations.DeclaredType::fqn).toList());
        Declarations.DeclaredType outer = file.types().get(0);
        assertEquals(List.of("Base", "Runnable"), outer.supertypes());
        assertTrue(outer.extendsClass());
        assertEquals(List.of(new Declarations.FieldType("Registry", true),
                new Declarations.FieldType("java.util.Map", false)), outer.fields());
        assertEquals(List.of("T"), outer.typeParameters());
        assertEquals(List.of(new Declarations.MethodShape("run", 0, false, true, List.of())), outer.methods());
        Declarations.DeclaredType inner = file.types().get(1);
        assertEquals("p.Outer", inner.enclosing());
        assertTrue(inner.modifiers().isAbstract() && inner.modifiers().isStatic());
        Declarations.MethodShape take = inner.methods().get(0);
        assertTrue(take.varargs() && !take.body() && take.accepts(0) && take.accepts(3));
        assertEquals(List.of("String"), take.parameterTypes());
        assertTrue(file.types().get(2).modifiers().isEnum());
        assertFalse(outer.handlerShaped()); // no parameter
    }
}
