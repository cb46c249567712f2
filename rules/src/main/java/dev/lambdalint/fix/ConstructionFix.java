package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.lambdalint.Finding;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.catalog.ClientMatch;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.LocalTypes;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fix of a client or reusable object built per invocation from nothing that changes between invocations: the
 * construction moves into a new {@code private static final} field of the class that holds it (named after what it
 * builds, {@code S3_CLIENT}), the code uses the field, and every close of it after use goes. A construction that
 * declares checked exceptions (a JAXBContext) gets a static initializer that rethrows them as an
 * {@code ExceptionInInitializerError}.
 */
final class ConstructionFix {
    private final FixPlanner planner;
    private final ClientConstructions constructions;
    private final Constancy constancy;
    private final ValueFlow flow;
    private final Configuration configuration;
    private final FixKnowledge knowledge = FixKnowledge.get();
    private final WaitingCloses waits;
    private final EnvironmentBranches environments;

    ConstructionFix(FixPlanner planner, ClientConstructions constructions, ValueFlow flow, Constancy constancy,
                    Configuration configuration) {
        this.planner = planner;
        this.constructions = constructions;
        this.constancy = constancy;
        this.flow = flow;
        this.configuration = configuration;
        this.waits = new WaitingCloses(planner.model());
        this.environments = new EnvironmentBranches(planner.model(), new CallPatterns(constructions));
    }

    Planned plan(Finding finding, FilePlan file) {
        Reach reach = null;
        ClientConstructions.Construction construction = null;
        for (Node node : planner.nodesAt(file, finding)) {
            Reach at = planner.reachOf(node, finding);
            Optional<ClientConstructions.Construction> found = at == null ? Optional.empty()
                    : constructions.at(node, at.unit());
            if (found.isPresent()) {
                reach = at;
                construction = found.get();
                break;
            }
        }
        if (construction == null) {
            throw new NoFix("the construction was not found where the finding points");
        }
        planner.model().startedContext(reach).ifPresent(started -> {
            throw new NoFix("the " + started.start().construction().family() + " application context that builds it "
                    + "is started on every invocation (" + started.at().method() + ", line " + started.at().line()
                    + "): that start is what to move, and the context then builds it once");
        });
        if (construction.fromLocal()) {
            throw new NoFix("its builder is kept in a local variable and configured before it is built");
        }
        Expression built = built(construction);
        if (Planning.lambdaAround(built) != null) {
            throw new NoFix("it is built inside a lambda, which may run later or more than once per invocation");
        }
        environments.check(built, reach.unit());
        TypeDeclaration<?> holder = holder(built);
        runsBeforeTheField(built, holder);
        planner.snapStartPool(construction.match().ownerType());
        planner.mockedInTests(java.util.Arrays.asList(construction.match().ownerType(),
                knowledge.builtType(construction.match()).orElse(null)));
        constancy.check(built, reach.unit());
        SystemProperties.checkNotSetPerInvocation(planner.model(), reach);
        List<Op> ops = new ArrayList<>();
        FieldType type = fieldType(file, built, construction.match(), ops, reach.unit());
        List<String> exceptions = thrown(built, construction.match().ownerType(), reach.unit());
        caughtAround(built, exceptions);
        FilePlan.Placement placement = file.placement(holder);
        String expression = reindent(file.text, built, placement.indent() + (exceptions.isEmpty() ? ""
                : file.indentUnit(holder) + file.indentUnit(holder)));
        // the types the object is known by: where it is built from, what it yields, what the field holds
        List<String> builtAs = java.util.Arrays.asList(construction.match().ownerType(),
                knowledge.builtType(construction.match()).orElse(null), type.closedType());
        boolean setUp = configuration.check(built, builtAs, reach.unit());
        // a second construction of the same value in the class uses the field the first one's fix adds, unless code
        // sets it up after it is built (each mapper keeps its own settings)
        boolean shareable = exceptions.isEmpty() && !setUp;
        Optional<String> same = shareable ? file.sameField(holder, type.text(), built) : Optional.empty();
        String name = same.isPresent() ? same.get()
                : file.fieldName(holder, constantName(construction.match().clientName()));
        List<String> kinds = new ArrayList<>(builtAs);
        kinds.addAll(planner.model().index().possibleAncestors(construction.match().ownerType()));
        waits.check(built, kinds, reach.unit());
        List<Op> closes = flow.closesOf(new ValueFlow.Context(file, reach.unit(), type.closedType(), built, name));
        ops.add(new Op.Replace(withoutParentheses(built), name));
        if (same.isEmpty()) {
            ops.addAll(file.member(placement, exceptions.isEmpty()
                    ? List.of("private static final " + type.text() + " " + name + " = " + expression + ";")
                    : staticInitializer(file, holder, type.text(), name, expression, exceptions, ops)));
        }
        ops.addAll(closes);
        file.reserve(holder, name);
        if (shareable) {
            file.fieldOf(holder, type.text(), built, name);
        }
        String holderName = holder.getNameAsString();
        String description = "build the " + construction.match().clientName() + " once, in "
                + (same.isPresent() ? "the static final field " + name + " of " + holderName
                        + " that the fix of the same construction elsewhere in the class adds"
                        : "a new static final field " + name + " of " + holderName) + ", and use that field here"
                + (closes.isEmpty() ? "" : "; it is no longer closed after use");
        return new Planned(ops, description);
    }

    /**
     * The checked exceptions building the expression declares: the construction's own, and those of every object
     * built inside it (a {@code new URL(...)} handed to the client), which the field's initializer has to deal with
     * as much, and of the library calls inside it that read a resource ({@code IOUtils.toString(in, UTF_8)}).
     */
    private List<String> thrown(Expression built, String ownerType, CodeUnit unit) {
        Set<String> exceptions = new LinkedHashSet<>(knowledge.throwsFrom(ownerType));
        for (ObjectCreationExpr inner : Trees.findAll(built, ObjectCreationExpr.class)) {
            for (String type : planner.model().calls().typeCandidates(inner.getType().getNameWithScope(), inner)) {
                exceptions.addAll(knowledge.throwsFrom(type));
            }
        }
        for (MethodCallExpr call : Trees.findAll(built, MethodCallExpr.class)) {
            exceptions.addAll(knowledge.throwsFromCall(planner.model().calls().staticOwners(call, unit),
                    call.getNameAsString()));
        }
        return List.copyOf(exceptions);
    }

    /** {@code (new Gson())} as a whole: the field's name needs no parentheses. */
    private static Expression withoutParentheses(Expression built) {
        Expression e = built;
        while (e.getParentNode().orElse(null) instanceof EnclosedExpr enclosed) {
            e = enclosed;
        }
        return e;
    }

    /** What a fix does to a file, and says it does. */
    record Planned(List<Op> ops, String description) {
    }

    /** The expression whose value is the finished object: the construction, or its builder chain up to the build. */
    static Expression built(ClientConstructions.Construction construction) {
        if (!construction.match().needsBuildCall()) {
            return construction.start();
        }
        Expression e = construction.start();
        while (e.getParentNode().orElse(null) instanceof MethodCallExpr parent && parent.getScope().orElse(null) == e) {
            e = parent;
            if (construction.match().family().buildMethods().contains(parent.getNameAsString())) {
                return e;
            }
        }
        return construction.whole();
    }

    /**
     * The class to hold the field: the one around the construction, or the first around that which can hold
     * static members in any Java version (an inner class cannot before Java 16). Anonymous and local classes,
     * interfaces (whose fields are public) and annotations are not moved out of.
     */
    private static TypeDeclaration<?> holder(Expression built) {
        for (Node n = built.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                    && creation.getAnonymousClassBody().get().stream().anyMatch(m -> Planning.within(built, m))) {
                throw new NoFix("it is built inside an anonymous class");
            }
            if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt) {
                throw new NoFix("it is built inside a local class");
            }
            if (n instanceof TypeDeclaration<?> type) {
                TypeDeclaration<?> holder = type;
                while (holder instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.isStatic()
                        && c.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration outer
                        && !outer.isInterface()) {
                    holder = outer;
                }
                if (holder instanceof ClassOrInterfaceDeclaration c && c.isInterface()) {
                    throw new NoFix("it is built in an interface, whose fields are all public");
                }
                if (holder instanceof AnnotationDeclaration) {
                    throw new NoFix("it is built in an annotation type");
                }
                return holder;
            }
        }
        throw new NoFix("it is built outside any class");
    }

    /**
     * The new field goes after the holder's static state, so its static initialisation must not run the code being
     * fixed (call its method, or create the object whose initialisation it is): that code would read the field
     * before it is set.
     */
    private static void runsBeforeTheField(Expression built, TypeDeclaration<?> holder) {
        CallableDeclaration<?> callable = built.findAncestor(CallableDeclaration.class).orElse(null);
        String method = callable instanceof MethodDeclaration m ? m.getNameAsString() : null;
        TypeDeclaration<?> around = built.findAncestor(TypeDeclaration.class).orElse(holder);
        boolean instanceCode = callable == null ? !isStatic(built) : !callable.isStatic();
        for (BodyDeclaration<?> member : holder.getMembers()) {
            boolean staticInit = member instanceof FieldDeclaration f && f.isStatic()
                    || member instanceof InitializerDeclaration i && i.isStatic();
            if (!staticInit) {
                continue;
            }
            if (method != null && Trees.findAll(member, MethodCallExpr.class).stream()
                    .anyMatch(c -> c.getNameAsString().equals(method))) {
                throw new NoFix("the class's static initialisation calls " + method + "(), which would read the new "
                        + "field before it is set");
            }
            if (instanceCode && Trees.findAll(member, ObjectCreationExpr.class).stream()
                    .anyMatch(c -> c.getType().getNameAsString().equals(around.getNameAsString()))) {
                throw new NoFix("the class's static initialisation creates a " + around.getNameAsString()
                        + ", whose code would read the new field before it is set");
            }
        }
    }

    private static boolean isStatic(Expression built) {
        return built.findAncestor(FieldDeclaration.class).map(FieldDeclaration::isStatic)
                .or(() -> built.findAncestor(InitializerDeclaration.class).map(InitializerDeclaration::isStatic))
                .orElse(false);
    }

    /**
     * The field's type as this file writes it, and the qualified name the close questions need: the variable's
     * declared type when the construction initializes or is assigned to one, else what the construction yields.
     */
    private FieldType fieldType(FilePlan file, Expression built, ClientMatch match, List<Op> ops, CodeUnit unit) {
        Node parent = ValueFlow.outermost(built) == built ? built.getParentNode().orElse(null) : null;
        VariableDeclarator variable = null;
        if (parent instanceof VariableDeclarator v && v.getInitializer().orElse(null) == built) {
            variable = v;
        } else if (parent instanceof AssignExpr assign && assign.getValue() == built) {
            variable = planner.model().calls().declarationOf(assign.getTarget(), unit)
                    .filter(VariableDeclarator.class::isInstance).map(VariableDeclarator.class::cast)
                    .filter(v -> v.findCompilationUnit().orElse(null) == file.unit).orElse(null);
        }
        if (variable != null && !LocalTypes.inferred(variable.getType(), planner.model().index())) {
            Type declared = variable.getType();
            String fqn = planner.model().index().resolver(declared)
                    .resolve(declared.asString(), declared).orElse(match.ownerType());
            return new FieldType(file.text.of(declared), fqn);
        }
        if (built instanceof ObjectCreationExpr creation && match.form() == ClientMatch.Form.CONSTRUCTOR) {
            if (creation.getType().getTypeArguments().map(a -> a.isEmpty()).orElse(false)) {
                throw new NoFix("the type arguments of new " + creation.getType().getNameAsString()
                        + "<>() are not known");
            }
            return new FieldType(file.text.of(creation.getType()), match.ownerType());
        }
        String fqn = knowledge.builtType(match).orElseThrow(() -> new NoFix("the type " + match.clientName()
                + "'s construction yields is not known to lambda-lint (it depends on the service)"));
        return new FieldType(file.typeName(fqn, ops) + typeArgument(file, built, match), fqn);
    }

    /**
     * {@code <Order>} for {@code TableSchema.fromBean(Order.class)}: with the raw type, what callers get from the
     * field (the table's items) would no longer be typed, and code reading them would not compile.
     */
    private String typeArgument(FilePlan file, Expression built, ClientMatch match) {
        if (!knowledge.typedByClassArgument(match)) {
            return "";
        }
        List<ClassExpr> classes = built instanceof MethodCallExpr call ? call.getArguments().stream()
                .filter(ClassExpr.class::isInstance).map(ClassExpr.class::cast).toList() : List.of();
        if (classes.size() != 1) {
            throw new NoFix("the " + match.clientName() + " it builds is typed by a class not written here");
        }
        return "<" + file.text.of(classes.get(0).getType()) + ">";
    }

    private record FieldType(String text, String closedType) {
    }

    /** Inside a try that catches an exception the construction declares, that catch could be left catching nothing. */
    private static void caughtAround(Expression built, List<String> exceptions) {
        if (exceptions.isEmpty()) {
            return;
        }
        for (Node n = built; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TryStmt tryStmt && Planning.within(built, tryStmt.getTryBlock())) {
                for (CatchClause clause : tryStmt.getCatchClauses()) {
                    Type type = clause.getParameter().getType();
                    List<Type> types = type instanceof UnionType u ? new ArrayList<>(u.getElements()) : List.of(type);
                    for (Type caught : types) {
                        String simple = caught.asString().substring(caught.asString().lastIndexOf('.') + 1);
                        if (exceptions.stream().anyMatch(e -> e.endsWith("." + simple))) {
                            throw new NoFix("the try around it catches its " + simple + ", which could be left with "
                                    + "nothing to catch once the construction moves");
                        }
                    }
                }
            }
        }
    }

    /** {@code private static final T NAME;} and a static block that builds it, rethrowing what it declares. */
    private static List<String> staticInitializer(FilePlan file, TypeDeclaration<?> holder, String type, String name,
                                                  String expression, List<String> exceptions, List<Op> ops) {
        String unit = file.indentUnit(holder);
        List<String> caught = new ArrayList<>();
        for (String exception : exceptions) {
            caught.add(file.typeName(exception, ops));
        }
        String variable = expression.matches("(?s).*\\be\\b.*") ? "failure" : "e";
        return List.of(
                "",
                "private static final " + type + " " + name + ";",
                "",
                "static {",
                unit + "try {",
                unit + unit + name + " = " + expression + ";",
                unit + "} catch (" + String.join(" | ", caught) + " " + variable + ") {",
                unit + unit + "throw new ExceptionInInitializerError(" + variable + ");",
                unit + "}",
                "}");
    }

    /** The construction's text, its continuation lines moved as its first line moves to {@code indent}. */
    static String reindent(SourceText text, Expression built, String indent) {
        String original = text.of(built);
        String from = text.indentAt(text.begin(built));
        String[] lines = original.split("\\r\\n|\\n|\\r", -1);
        if (lines.length == 1) {
            return original;
        }
        StringBuilder out = new StringBuilder(lines[0]);
        String separator = text.lineSeparator();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank() && !line.startsWith(from)) {
                return original;
            }
            out.append(separator).append(line.isBlank() ? line : indent + line.substring(from.length()));
        }
        return out.toString();
    }

    /** {@code S3Client} -> {@code S3_CLIENT}, {@code JAXBContext} -> {@code JAXB_CONTEXT}. */
    static String constantName(String type) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (!Character.isUpperCase(type.charAt(i - 1))
                        || i + 1 < type.length() && Character.isLowerCase(type.charAt(i + 1)));
            if (boundary) {
                name.append('_');
            }
            name.append(Character.toUpperCase(c));
        }
        return name.toString().replaceAll("[^A-Z0-9_]", "_");
    }
}
