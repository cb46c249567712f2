package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.nodeTypes.NodeWithType;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.catalog.CollectionCatalog;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a value only travels down the call chain: it is the receiver of calls, has its fields read or written,
 * is compared, or is handed to project code whose parameter in turn only travels down; or it is kept in a local,
 * returned to such code, or stored in an instance field of a class no long-lived object holds, whose every read
 * again only travels down. Anything else keeps it: a static field, a field of a class the handler keeps, a
 * collection or a library method (but those the catalog knows to keep nothing), a lambda or nested class, a call
 * whose code cannot all be seen ({@link CallTargets}), a method a library may call that returns it, or a search
 * past its budget.
 */
public final class DownwardFlow {
    private static final int BUDGET = 20_000;

    private enum Kind { VARIABLE, FIELD, RESULT, THIS }

    /** A place the value may go; nodes compare by identity, not by JavaParser's structural equality. */
    private record Key(Kind kind, Object ref) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.kind == kind && (ref instanceof Node ? k.ref == ref : k.ref.equals(ref));
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + (ref instanceof Node ? System.identityHashCode(ref) : ref.hashCode());
        }
    }

    private final InvocationModel model;
    private final CallTargets calls;
    private final OverloadFit overloads;
    private final Map<Key, Boolean> known = new HashMap<>();
    private final Map<VariableDeclarator, Map<String, List<TypeDeclaration<?>>>> mayName = new IdentityHashMap<>();
    private List<TopLevel> topLevelTypes;
    /** A callable's or type's names and field accesses by name: every variable or field met there reads them. */
    private final Map<Node, Map<String, List<NameExpr>>> names = new IdentityHashMap<>();
    private final Map<Node, Map<String, List<FieldAccessExpr>>> accesses = new IdentityHashMap<>();

    private DownwardFlow(InvocationModel model, CollectionCatalog catalog) {
        this.model = model;
        this.calls = CallTargets.of(model, catalog);
        this.overloads = new OverloadFit(model);
    }

    public static DownwardFlow of(InvocationModel model, CollectionCatalog catalog) {
        return model.shared(DownwardFlow.class, () -> new DownwardFlow(model, catalog));
    }

    /** Whether the value the expression computes only travels down from there. */
    public boolean staysDown(Expression value) {
        List<Key> next = new ArrayList<>();
        return occurrence(value, next) && search(next);
    }

    /** Whether no code of the class's objects (its own, its superclasses') lets {@code this} go anywhere but down. */
    public boolean thisStaysDown(String type) {
        return search(List.of(new Key(Kind.THIS, type)));
    }

    /** Every place reachable from the starts only lets the value travel down; what is proved is remembered. */
    private boolean search(List<Key> starts) {
        return ProofSearch.everywhere(starts, known, BUDGET, this::expand);
    }

    private boolean expand(Key key, List<Key> next) {
        if (key.ref() instanceof NodeWithType<?, ?> typed && cannotHoldAnObject(typed.getType())) {
            return true;
        }
        return switch (key.kind()) {
            case VARIABLE -> variable((Node) key.ref(), next);
            case FIELD -> field((VariableDeclarator) key.ref(), next);
            case RESULT -> result((MethodDeclaration) key.ref(), next);
            case THIS -> self((String) key.ref(), next);
        };
    }

    /** A variable of a primitive type or a String holds no object of a project class. */
    private static boolean cannotHoldAnObject(Type type) {
        return type.isPrimitiveType() || type instanceof ClassOrInterfaceType c
                && (c.getNameWithScope().equals("String") || c.getNameWithScope().equals("java.lang.String"));
    }

    /** A parameter or local: every use of it in its callable, outside lambdas and nested classes, goes down. */
    private boolean variable(Node declaration, List<Key> next) {
        Node scope = declaration instanceof Parameter p ? p.getParentNode().orElse(null)
                : declaration.findAncestor(CallableDeclaration.class).orElse(null);
        if (!(scope instanceof CallableDeclaration<?>) || CallTargets.inLambdaOrAnonymous(declaration)) {
            return false;
        }
        String name = ((com.github.javaparser.ast.nodeTypes.NodeWithSimpleName<?>) declaration).getNameAsString();
        for (NameExpr use : names(scope, name)) {
            if (isAssignedTo(use)) {
                continue;
            }
            if (use.findAncestor(CallableDeclaration.class).orElse(null) != scope
                    || CallTargets.inLambdaOrAnonymous(use) || !occurrence(use, next)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An instance field of a class no long-lived object holds: every read of it, in its class, subclasses and
     * package (by name, whatever it names there), goes down.
     */
    private boolean field(VariableDeclarator variable, List<Key> next) {
        String name = variable.getNameAsString();
        String owner = model.index().enclosingTypeName(variable).orElse(null);
        if (owner == null) {
            return false;
        }
        for (TypeDeclaration<?> type : mayName(owner, variable)) {
            for (NameExpr mention : names(type, name)) {
                if (!isAssignedTo(mention) && mayBe(mention, variable) && !occurrence(mention, next)) {
                    return false;
                }
            }
            for (FieldAccessExpr mention : accesses(type, name)) {
                if (!isAssignedTo(mention) && !occurrence(mention, next)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The names written in the code that read {@code name}, in pre-order. */
    List<NameExpr> names(Node code, String name) {
        return names.computeIfAbsent(code, c -> byName(Trees.findAll(c, NameExpr.class), NameExpr::getNameAsString))
                .getOrDefault(name, List.of());
    }

    /** The field accesses ({@code x.name}) written in the code, in pre-order. */
    List<FieldAccessExpr> accesses(Node code, String name) {
        return accesses.computeIfAbsent(code, c -> byName(Trees.findAll(c, FieldAccessExpr.class),
                FieldAccessExpr::getNameAsString)).getOrDefault(name, List.of());
    }

    private static <T> Map<String, List<T>> byName(List<T> found, Function<T, String> name) {
        Map<String, List<T>> byName = new HashMap<>();
        found.forEach(f -> byName.computeIfAbsent(name.apply(f), k -> new ArrayList<>()).add(f));
        return byName;
    }

    /** Whether the name may denote the field: it does not resolve to some other variable. */
    boolean mayBe(NameExpr mention, VariableDeclarator field) {
        Optional<Node> declaration = mention.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf)
                .flatMap(u -> model.calls().declarationOf(mention, u));
        return declaration.isEmpty() || declaration.get() == field;
    }

    /** The top-level types whose code may name the field: its own file's, its subclasses', its package's. */
    List<TypeDeclaration<?>> mayName(String owner, VariableDeclarator variable) {
        // asked again for the same field by every growing call and proof that meets it: each answer reads every type
        return mayName.computeIfAbsent(variable, v -> new HashMap<>())
                .computeIfAbsent(owner, o -> typesThatMayName(o, variable));
    }

    private List<TypeDeclaration<?>> typesThatMayName(String owner, VariableDeclarator variable) {
        List<TypeDeclaration<?>> types = new ArrayList<>();
        Map<String, List<TopLevel>> added = new HashMap<>();
        Set<String> names = new LinkedHashSet<>(model.index().subtypes(owner));
        names.add(owner);
        boolean isPrivate = ((FieldDeclaration) variable.getParentNode().orElseThrow()).isPrivate();
        String pkg = Trees.packageOf(variable);
        for (TopLevel top : topLevelTypes()) {
            boolean related = names.stream().anyMatch(n -> n.equals(top.name()) || n.startsWith(top.name() + "."));
            if (related || !isPrivate && top.pkg().equals(pkg)) {
                // a set of nodes: a type equal (by structure, so by name too) to one taken already is left out
                List<TopLevel> sameName = added.computeIfAbsent(top.simpleName(), k -> new ArrayList<>());
                if (sameName.stream().noneMatch(top::sameAs)) {
                    sameName.add(top);
                    types.add(top.type());
                }
            }
        }
        return types;
    }

    /**
     * A top-level type with its name and package, its tree read when its code is asked for, and its hash as
     * JavaParser's nodes have it once worked out.
     */
    private final class TopLevel {
        private final String name;
        private final String pkg;
        private final String simpleName;
        private Integer hash;

        TopLevel(String name, String pkg, String simpleName) {
            this.name = name;
            this.pkg = pkg;
            this.simpleName = simpleName;
        }

        TypeDeclaration<?> type() {
            return model.index().type(name).orElseThrow();
        }

        String name() {
            return name;
        }

        String pkg() {
            return pkg;
        }

        String simpleName() {
            return simpleName;
        }

        /** Whether a hash set of nodes holds the two types as one: same hash, equal by structure. */
        boolean sameAs(TopLevel other) {
            return other == this || hash() == other.hash() && type().equals(other.type());
        }

        private int hash() {
            if (hash == null) {
                hash = type().hashCode(); // a walk of the whole type
            }
            return hash;
        }
    }

    /** The project's top-level types in the index's order, with their names and packages; no tree is read. */
    private List<TopLevel> topLevelTypes() {
        if (topLevelTypes == null) {
            topLevelTypes = new ArrayList<>();
            for (String fqn : model.index().types().keySet()) {
                Declarations.DeclaredType type = model.index().declared(fqn);
                if (type.enclosing() == null) {
                    topLevelTypes.add(new TopLevel(fqn, model.index().sourceOf(fqn).declarations().pkg(),
                            type.simpleName()));
                }
            }
        }
        return topLevelTypes;
    }

    /**
     * What a method returns goes where each per-invocation call of it takes the result; a method a library may call
     * (it overrides one no project type declares) or one named by a method reference hands its result out of sight.
     */
    private boolean result(MethodDeclaration method, List<Key> next) {
        if (method.isAnnotationPresent("Override") && !declaredByProjectAncestor(method)) {
            return false;
        }
        for (InvocationModel.CallSite site : model.callSitesOf(method)) {
            if (!(site.node() instanceof MethodCallExpr call) || !occurrence(call, next)) {
                return false;
            }
        }
        return true;
    }

    private boolean declaredByProjectAncestor(MethodDeclaration method) {
        String owner = model.index().enclosingTypeName(method).orElse(null);
        if (owner == null) {
            return false;
        }
        for (String ancestor : model.index().ancestry(owner)) {
            if (!ancestor.equals(owner) && !model.index().methodsNamed(ancestor, method.getNameAsString()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The object's own code: every {@code this} in its class and superclasses names a member or goes down, and
     * nothing there captures it (a lambda, an anonymous or inner class).
     */
    private boolean self(String type, List<Key> next) {
        for (String owner : model.index().ancestry(type)) {
            Optional<TypeDeclaration<?>> declaration = model.index().type(owner);
            if (declaration.isEmpty()) {
                continue;
            }
            if (captures(declaration.get())) {
                return false;
            }
            for (ThisExpr self : Trees.findAll(declaration.get(), ThisExpr.class)) {
                Node parent = self.getParentNode().orElse(null);
                boolean namesMember = parent instanceof FieldAccessExpr access && access.getScope() == self
                        || parent instanceof MethodCallExpr call && call.getScope().orElse(null) == self;
                if (!namesMember && (self.getTypeName().isPresent() || !occurrence(self, next))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean captures(TypeDeclaration<?> type) {
        return !Trees.findAll(type, LambdaExpr.class).isEmpty()
                || Trees.findAll(type, ObjectCreationExpr.class).stream()
                        .anyMatch(c -> c.getAnonymousClassBody().isPresent())
                || type.getMembers().stream().anyMatch(m -> m instanceof TypeDeclaration<?> nested && !nested.isStatic()
                && !(nested instanceof ClassOrInterfaceDeclaration c && c.isInterface()));
    }

    /**
     * Where the value computed at the expression goes next: fine there (a receiver, a field's scope, a comparison,
     * dropped), on to the places added to {@code next}, or kept (false).
     */
    private boolean occurrence(Expression value, List<Key> next) {
        Expression at = value;
        Node parent = at.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr
                || parent instanceof ConditionalExpr c && c.getCondition() != at) {
            at = (Expression) parent;
            parent = at.getParentNode().orElse(null);
        }
        if (parent == null || CallTargets.inLambdaOrAnonymous(at)) {
            return false;
        }
        if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == at
                || parent instanceof FieldAccessExpr access && access.getScope() == at
                || parent instanceof ExpressionStmt || parent instanceof InstanceOfExpr
                || parent instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.EQUALS
                || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
            return true;
        }
        if (parent instanceof NodeWithArguments<?> call && Trees.argumentIndex(call, at) >= 0) {
            return argument(parent, Trees.argumentIndex(call, at), next);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == at
                && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            return storedIn(assign.getTarget(), next);
        }
        if (parent instanceof VariableDeclarator declarator && declarator.getInitializer().orElse(null) == at) {
            return declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr
                    ? next.add(new Key(Kind.VARIABLE, declarator)) : instanceField(declarator, next);
        }
        if (parent instanceof ReturnStmt
                && parent.findAncestor(CallableDeclaration.class).orElse(null) instanceof MethodDeclaration method) {
            return next.add(new Key(Kind.RESULT, method));
        }
        return false;
    }

    /**
     * An argument goes to the matching parameter of every callable the call may run, but for overloads its
     * arguments' declared types rule out ({@link OverloadFit}).
     */
    private boolean argument(Node call, int position, List<Key> next) {
        Optional<List<CallableDeclaration<?>>> targets = calls.targets(call);
        if (position < 0 || targets.isEmpty()) {
            return false;
        }
        Optional<CodeUnit> caller = call.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf);
        for (CallableDeclaration<?> target : targets.get()) {
            if (position >= target.getParameters().size() || target.getParameter(position).isVarArgs()) {
                return false;
            }
            if (caller.isPresent() && !overloads.mayCall((NodeWithArguments<?>) call, caller.get(), target)) {
                continue; // an overload of the same arity that cannot take these arguments
            }
            next.add(new Key(Kind.VARIABLE, target.getParameter(position)));
        }
        return true;
    }

    private boolean storedIn(Expression target, List<Key> next) {
        Optional<CodeUnit> unit = target.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf);
        Optional<Node> declaration = unit.flatMap(u -> model.calls().declarationOf(target, u));
        if (declaration.isEmpty()) {
            return false;
        }
        if (declaration.get() instanceof VariableDeclarator v
                && v.getParentNode().orElse(null) instanceof FieldDeclaration) {
            return instanceField(v, next);
        }
        return (declaration.get() instanceof Parameter || declaration.get() instanceof VariableDeclarator)
                && next.add(new Key(Kind.VARIABLE, declaration.get()));
    }

    /** Storing in an instance field keeps the value only if some long-lived object may be of the field's class. */
    private boolean instanceField(VariableDeclarator variable, List<Key> next) {
        return fieldOfShortLivedObjects(variable) && next.add(new Key(Kind.FIELD, variable));
    }

    /**
     * Whether the variable is an instance field of a named class no long-lived object may be of (the handler's
     * objects and what static fields hold, by their fields' types): what it holds goes with its object.
     */
    boolean fieldOfShortLivedObjects(VariableDeclarator variable) {
        if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration declaration) || declaration.isStatic()
                || CallTargets.inAnonymousClass(variable)) {
            return false;
        }
        String owner = model.index().enclosingTypeName(variable).orElse(null);
        if (owner == null) {
            return false;
        }
        Set<String> holders = new LinkedHashSet<>(model.index().subtypes(owner));
        holders.add(owner);
        for (Handler handler : model.handlers()) {
            for (String holder : holders) {
                if (model.fields().outlivesInvocation(new FieldRef(variable, owner, holder), handler)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isAssignedTo(Expression expression) {
        return expression.getParentNode().orElse(null) instanceof AssignExpr assign && assign.getTarget() == expression;
    }
}
