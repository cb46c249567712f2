package dev.lambdalint.fix;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.TypePatternExpr;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceFile;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fixes of one file while they are planned: the names of the fields they add (so that two never clash) and the
 * imports they need (so that two types of one simple name are not both imported), and where new code goes.
 */
final class FilePlan {
    final SourceFile source;
    final SourceText text;
    final CompilationUnit unit;
    private final ProjectIndex index;
    private final Map<TypeDeclaration<?>, Set<String>> names = new IdentityHashMap<>();
    private final Map<String, String> imports = new HashMap<>();
    /** The static fields the fixes add, by holder, keyed by their type and initializer as printed. */
    private final Map<TypeDeclaration<?>, Map<String, String>> added = new IdentityHashMap<>();

    FilePlan(SourceFile source, SourceText text, ProjectIndex index) {
        this.source = source;
        this.text = text;
        this.unit = source.unit();
        this.index = index;
    }

    /**
     * {@code base}, or {@code base_2}, {@code base_3}...: no field of the holder, of the types around it or of their
     * project superclasses, no variable in the holder and no static import has it, and no other fix of the file took
     * it. {@link #reserve} takes it once the fix is certain.
     */
    String fieldName(TypeDeclaration<?> holder, String base) {
        Set<String> taken = taken(holder);
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** The field another fix of the file adds to the holder with this type and initializer, if one does. */
    Optional<String> sameField(TypeDeclaration<?> holder, String type, Node initializer) {
        return Optional.ofNullable(added.getOrDefault(holder, Map.of()).get(fieldKey(type, initializer)));
    }

    void fieldOf(TypeDeclaration<?> holder, String type, Node initializer, String name) {
        added.computeIfAbsent(holder, h -> new HashMap<>()).putIfAbsent(fieldKey(type, initializer), name);
    }

    /** Printed, not as written: {@code of("HH:mm")} and {@code of( "HH:mm" )} build the same value. */
    private static String fieldKey(String type, Node initializer) {
        return type + " = " + initializer;
    }

    void reserve(TypeDeclaration<?> holder, String name) {
        names.computeIfAbsent(holder, h -> new HashSet<>()).add(name);
    }

    private Set<String> taken(TypeDeclaration<?> holder) {
        Set<String> taken = new HashSet<>(names.getOrDefault(holder, Set.of()));
        for (Node n = holder; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                String fqn = index.nameOf(type);
                for (String owner : fqn == null ? List.<String>of() : index.ancestry(fqn)) {
                    index.type(owner).ifPresent(t -> fieldNames(t, taken));
                }
                fieldNames(type, taken);
                names.getOrDefault(type, Set.of()).forEach(taken::add);
            }
        }
        Trees.walk(holder, node -> {
            if (node instanceof VariableDeclarator v) {
                taken.add(v.getNameAsString());
            } else if (node instanceof Parameter p) {
                taken.add(p.getNameAsString());
            } else if (node instanceof TypePatternExpr p) {
                taken.add(p.getNameAsString());
            }
        });
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isStatic() && !imp.isAsterisk()) {
                taken.add(imp.getName().getIdentifier());
            }
        }
        return taken;
    }

    private static void fieldNames(TypeDeclaration<?> type, Set<String> taken) {
        for (FieldDeclaration field : type.getFields()) {
            field.getVariables().forEach(v -> taken.add(v.getNameAsString()));
        }
    }

    /**
     * How to write a type in this file: its simple name when that means it here (already imported, same package,
     * java.lang, or imported now by {@code ops}), else its qualified name.
     */
    String typeName(String fqn, List<Op> ops) {
        int dot = fqn.lastIndexOf('.');
        String simple = fqn.substring(dot + 1);
        String pkg = dot < 0 ? "" : fqn.substring(0, dot);
        String here = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(simple)) {
                return imp.getNameAsString().equals(fqn) ? simple : fqn;
            }
        }
        if (imports.containsKey(simple)) {
            if (imports.get(simple).equals(fqn)) {
                ops.add(importOf(fqn));
                return simple;
            }
            return fqn;
        }
        for (TypeDeclaration<?> declared : Trees.findAll(unit, TypeDeclaration.class)) {
            if (declared.getNameAsString().equals(simple)) {
                return fqn.equals(index.nameOf(declared)) ? simple : fqn;
            }
        }
        String samePackage = here.isEmpty() ? simple : here + "." + simple;
        if (index.contains(samePackage)) {
            return samePackage.equals(fqn) ? simple : fqn;
        }
        if (pkg.equals(here) || pkg.equals("java.lang")) {
            return simple;
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && imp.isAsterisk() && imp.getNameAsString().equals(pkg)) {
                return simple;
            }
        }
        imports.put(simple, fqn);
        ops.add(importOf(fqn));
        return simple;
    }

    /** {@code import fqn;} among the file's imports, before the first that sorts after it. */
    private Op.Insert importOf(String fqn) {
        String line = "import " + fqn + ";";
        String separator = text.lineSeparator();
        List<ImportDeclaration> regular = new ArrayList<>(unit.getImports().stream().filter(i -> !i.isStatic()).toList());
        for (ImportDeclaration imp : regular) {
            String name = imp.getNameAsString() + (imp.isAsterisk() ? ".*" : "");
            if (name.compareTo(fqn) > 0 && text.startsLine(text.begin(imp))) {
                return new Op.Insert(text.lineStart(text.begin(imp)), line + separator);
            }
        }
        if (!unit.getImports().isEmpty()) {
            ImportDeclaration last = regular.isEmpty() ? unit.getImports().getLast().orElseThrow()
                    : regular.get(regular.size() - 1);
            return new Op.Insert(text.lineEnd(text.end(last)), separator + line);
        }
        if (unit.getPackageDeclaration().isPresent()) {
            return new Op.Insert(text.lineEnd(text.end(unit.getPackageDeclaration().get())),
                    separator + separator + line);
        }
        return new Op.Insert(0, line + separator + separator);
    }

    /**
     * Where a new member goes: {@code before}, then its lines at {@code indent}; {@code gap}, when there is one, is
     * an insertion of its own after it (one blank line before the next member, however many fields go in).
     */
    record Placement(int offset, String before, String indent, Op.Insert gap) {
    }

    /**
     * Where a new static member of {@code holder} goes: after its last static field or static initializer (so that
     * whatever static state the new code reads is initialised before it), else before its first member.
     */
    Placement placement(TypeDeclaration<?> holder) {
        String separator = text.lineSeparator();
        BodyDeclaration<?> anchor = null;
        boolean isInterface = holder instanceof ClassOrInterfaceDeclaration c && c.isInterface();
        for (BodyDeclaration<?> member : holder.getMembers()) {
            if (member instanceof FieldDeclaration f && (f.isStatic() || isInterface)
                    || member instanceof InitializerDeclaration i && i.isStatic()) {
                anchor = member;
            }
        }
        if (anchor != null) {
            int end = text.end(anchor);
            int at = text.endsLine(end) ? text.lineEnd(end) : end;
            String gap = anchor instanceof InitializerDeclaration ? separator : "";
            return new Placement(at, separator + gap, text.indentAt(text.begin(anchor)), null);
        }
        BodyDeclaration<?> first = holder.getMembers().getFirst()
                .orElseThrow(() -> new NoFix("its class has no member to put a field beside"));
        int start = text.beginWithComment(first);
        int lineStart = text.lineStart(start);
        if (!text.startsLine(start) || lineStart == 0) {
            throw new NoFix("its class's first member does not start a line, so there is no clear place for a field");
        }
        Op.Insert gap = first instanceof FieldDeclaration ? null : new Op.Insert(lineStart, separator);
        return new Placement(text.lineEnd(text.lineStart(lineStart - 1)), separator, text.indentAt(start), gap);
    }

    /** The new member's lines (without their indentation, which the placement adds) at their place. */
    List<Op> member(Placement placement, List<String> lines) {
        Op.Insert member = new Op.Insert(placement.offset(), placement.before()
                + indented(lines, placement.indent(), text.lineSeparator()));
        return placement.gap() == null ? List.of(member) : List.of(member, placement.gap());
    }

    /** The indentation one level adds inside the holder: its members' indentation less its own, or four spaces. */
    String indentUnit(TypeDeclaration<?> holder) {
        String outer = text.indentAt(text.begin(holder));
        return holder.getMembers().getFirst().map(m -> text.indentAt(text.begin(m)))
                .filter(inner -> inner.startsWith(outer) && inner.length() > outer.length())
                .map(inner -> inner.substring(outer.length()))
                .orElse(outer.contains("\t") ? "\t" : "    ");
    }

    private static String indented(List<String> lines, String indent, String separator) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isEmpty() ? "" : indent + line);
        }
        return String.join(separator, out);
    }
}
