package dev.lambdalint.cache;

import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.FunctionSite;
import dev.lambdalint.source.NameSet;
import dev.lambdalint.source.Written;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A file's {@link Declarations} as bytes, kept in the file memory's table beside its parse outcome: an edit then
 * builds the type index from them and reads back only the trees some analysis asks for. Each string is written
 * once per file and referred to by its number.
 */
final class DeclarationsCodec {
    private DeclarationsCodec() {
    }

    static byte[] encode(Declarations d) throws IOException {
        Strings strings = new Strings();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body)) {
            strings.write(out, d.pkg());
            out.writeInt(d.imports().size());
            for (Declarations.Import i : d.imports()) {
                strings.write(out, i.name());
                strings.write(out, i.identifier());
                out.writeBoolean(i.isStatic());
                out.writeBoolean(i.asterisk());
            }
            out.writeInt(d.types().size());
            for (Declarations.DeclaredType t : d.types()) {
                writeType(out, strings, t);
            }
            out.writeBoolean(d.namesLambdaRuntime());
            writeWritten(out, strings, d.written());
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(all)) {
            out.writeInt(strings.list.size());
            for (String s : strings.list) {
                CacheFiles.writeString(out, s);
            }
            out.write(body.toByteArray());
        }
        return all.toByteArray();
    }

    /** The declarations, their strings taken through {@code shared} (the analysis's one copy of each). */
    static Declarations decode(byte[] bytes, UnaryOperator<String> shared) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = shared.apply(CacheFiles.readString(in, 1 << 20));
        }
        Reader r = new Reader(in, strings);
        String pkg = r.string();
        List<Declarations.Import> imports = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) {
            imports.add(new Declarations.Import(r.string(), r.string(), in.readBoolean(), in.readBoolean()));
        }
        List<Declarations.DeclaredType> types = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) {
            types.add(readType(in, r));
        }
        boolean namesRuntime = in.readBoolean();
        return new Declarations(pkg, List.copyOf(imports), List.copyOf(types), namesRuntime, readWritten(in, r));
    }

    private static void writeType(DataOutputStream out, Strings strings, Declarations.DeclaredType t)
            throws IOException {
        strings.write(out, t.fqn());
        strings.write(out, t.simpleName());
        strings.write(out, t.enclosing());
        out.writeBoolean(t.extendsClass());
        strings.writeAll(out, t.supertypes());
        Declarations.Modifiers m = t.modifiers();
        for (boolean flag : new boolean[] {m.isClass(), m.isInterface(), m.isEnum(), m.isAbstract(), m.isPublic(),
                m.isStatic()}) {
            out.writeBoolean(flag);
        }
        out.writeBoolean(t.handlerShaped());
        out.writeInt(t.methods().size());
        for (Declarations.MethodShape method : t.methods()) {
            strings.write(out, method.name());
            out.writeInt(method.parameters());
            out.writeBoolean(method.varargs());
            out.writeBoolean(method.body());
            strings.writeAll(out, method.parameterTypes());
        }
        out.writeInt(t.fields().size());
        for (Declarations.FieldType field : t.fields()) {
            strings.write(out, field.written());
            out.writeBoolean(field.isStatic());
        }
        strings.writeAll(out, t.typeParameters());
        strings.writeAll(out, t.fieldNames());
    }

    private static Declarations.DeclaredType readType(DataInputStream in, Reader r) throws IOException {
        String fqn = r.string();
        String simpleName = r.string();
        String enclosing = r.string();
        boolean extendsClass = in.readBoolean();
        List<String> supertypes = r.list();
        Declarations.Modifiers modifiers = new Declarations.Modifiers(in.readBoolean(), in.readBoolean(),
                in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean());
        boolean handlerShaped = in.readBoolean();
        List<Declarations.MethodShape> methods = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) {
            methods.add(new Declarations.MethodShape(r.string(), in.readInt(), in.readBoolean(), in.readBoolean(),
                    r.list()));
        }
        List<Declarations.FieldType> fields = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) {
            fields.add(new Declarations.FieldType(r.string(), in.readBoolean()));
        }
        List<String> typeParameters = r.list();
        Set<String> fieldNames = r.set();
        return new Declarations.DeclaredType(fqn, simpleName, enclosing, extendsClass, supertypes, modifiers,
                handlerShaped, List.copyOf(methods), List.copyOf(fields), typeParameters, fieldNames);
    }

    private static void writeWritten(DataOutputStream out, Strings strings, Written w) throws IOException {
        for (Set<String> names : List.of(w.types(), w.annotations(), w.calls(), w.references(), w.assigned(),
                w.incremented())) {
            strings.writeAll(out, names);
        }
        Map<String, Set<String>> assigned = new TreeMap<>(w.assignedInMethods());
        out.writeInt(assigned.size());
        for (Map.Entry<String, Set<String>> entry : assigned.entrySet()) {
            strings.write(out, entry.getKey());
            strings.writeAll(out, entry.getValue());
        }
        out.writeBoolean(w.lambdas());
        out.writeBoolean(w.methodReferences());
        out.writeBoolean(w.anonymousClasses());
        out.writeInt(w.functionSites().size());
        for (FunctionSite site : w.functionSites()) {
            out.writeByte(site.kind().ordinal());
            strings.writeAll(out, site.names());
            strings.write(out, site.method());
            out.writeInt(site.position());
        }
        strings.writeAll(out, w.receivers());
        strings.writeAll(out, w.anonymousTypes());
    }

    private static Written readWritten(DataInputStream in, Reader r) throws IOException {
        Set<String> types = r.set();
        Set<String> annotations = r.set();
        Set<String> calls = r.set();
        Set<String> references = r.set();
        Set<String> assigned = r.set();
        Set<String> incremented = r.set();
        Map<String, Set<String>> assignedInMethods = new HashMap<>();
        for (int i = r.count(); i > 0; i--) {
            assignedInMethods.put(r.string(), r.set());
        }
        boolean lambdas = in.readBoolean();
        boolean methodReferences = in.readBoolean();
        boolean anonymousClasses = in.readBoolean();
        Set<FunctionSite> sites = new HashSet<>();
        for (int i = r.count(); i > 0; i--) {
            FunctionSite.Kind kind = FunctionSite.Kind.values()[in.readByte()];
            sites.add(new FunctionSite(kind, r.set(), r.string(), in.readInt()));
        }
        return new Written(types, annotations, calls, references, assigned, incremented,
                assignedInMethods.isEmpty() ? Map.of() : Map.copyOf(assignedInMethods), lambdas, methodReferences,
                anonymousClasses, sites.isEmpty() ? Set.of() : Set.copyOf(sites), r.set(), r.set());
    }

    /** The strings of one file's declarations, each numbered once; -1 stands for null. */
    private static final class Strings {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> list = new ArrayList<>();

        void write(DataOutputStream out, String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer id = ids.get(s);
            if (id == null) {
                id = list.size();
                ids.put(s, id);
                list.add(s);
            }
            out.writeInt(id);
        }

        void writeAll(DataOutputStream out, Collection<String> values) throws IOException {
            out.writeInt(values.size());
            for (String s : values) {
                write(out, s);
            }
        }
    }

    private record Reader(DataInputStream in, String[] strings) {
        String string() throws IOException {
            int id = in.readInt();
            return id < 0 ? null : strings[id];
        }

        int count() throws IOException {
            int count = in.readInt();
            if (count < 0 || count > 1 << 24) {
                throw new IOException("damaged declarations: " + count + " entries");
            }
            return count;
        }

        List<String> list() throws IOException {
            List<String> values = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                values.add(string());
            }
            return values.isEmpty() ? List.of() : List.copyOf(values);
        }

        Set<String> set() throws IOException {
            return NameSet.of(list(), s -> s);
        }
    }
}
