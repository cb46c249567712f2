package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.lambdalint.catalog.CollectionCatalog;
import dev.lambdalint.catalog.CollectionFamily;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What bounds a collection field, as far as the code shows: its type (EnumMap), how it is built (an evicting
 * LinkedHashMap, a cache builder with a size or expiry), a size check around the growing call, or keys from a
 * fixed set. The calls that remove from it are listed for {@link RemovalPace} to judge. When unsure it says
 * bounded.
 */
public final class CollectionBounds {
    private final InvocationModel model;
    private final ProjectIndex index;
    private final CollectionCatalog catalog;
    private final ClientConstructions constructions;
    private final CollectionFields fields;
    private final Getters getters;
    private static final int MAX_KEY_DEPTH = 4;
    /** What a value of an enum gives as a key: one of as many values as the enum has constants. */
    private static final Set<String> ENUM_KEYS = Set.of("name", "ordinal", "toString");

    public CollectionBounds(InvocationModel model, CollectionCatalog catalog, ClientConstructions constructions,
                            Getters getters) {
        this.model = model;
        this.index = model.index();
        this.catalog = catalog;
        this.constructions = constructions;
        this.fields = new CollectionFields(model, catalog);
        this.getters = getters;
    }

    /** The field a receiver reaches, through views ({@code keySet()}, {@code asMap()}) and a local alias. */
    public Optional<FieldRef> field(Expression receiver, String thisType) {
        return fields.field(receiver, thisType);
    }

    /** The calls anywhere in the project that remove from the field. */
    public List<MethodCallExpr> removals(FieldRef field) {
        return fields.removals(field);
    }

    public Optional<CollectionFamily> family(FieldRef field) {
        return catalog.family(declaredTypes(field));
    }

    public boolean bounded(FieldRef field, CollectionFamily family) {
        List<String> declared = declaredTypes(field);
        if (catalog.boundedType(declared) || declared.stream().anyMatch(this::evicts)
                || family.keyed() && fixedKeyType(field) || model.assignedPerInvocation(field)
                || fields.maybeRemovedElsewhere(field)) {
            return true;
        }
        List<Expression> built = fields.builtFrom(field);
        if (built.stream().anyMatch(this::boundedBy)) {
            return true;
        }
        return family.cache() && built.stream().noneMatch(this::unboundedCacheBuilder);
    }

    /** A size comparison on the same field in the method that grows it: growth is capped there. */
    public boolean sizeChecked(MethodCallExpr site, FieldRef field, String thisType) {
        Node method = site.findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(site);
        return Trees.findAll(method, MethodCallExpr.class).stream()
                .filter(m -> catalog.sizeChecks().contains(m.getNameAsString()) && m.getScope().isPresent())
                .filter(m -> m.findAncestor(BinaryExpr.class).map(CollectionBounds::comparison).orElse(false))
                .anyMatch(m -> field(m.getScope().get(), thisType).map(field::sameField).orElse(false));
    }

    /**
     * Whether the growing call grows the collection of an object made per invocation that nobody keeps
     * ({@link FreshObjects}): that collection is gone with the invocation, whatever other objects of the class live on.
     */
    public boolean ofUnkeptObject(MethodCallExpr site, FieldRef field, CodeUnit unit) {
        return site.getScope().isPresent() && ofUnkeptObject(site.getScope().get(), field, unit);
    }

    /** {@link #ofUnkeptObject(MethodCallExpr, FieldRef, CodeUnit)} for the expression that names the collection. */
    public boolean ofUnkeptObject(Expression named, FieldRef field, CodeUnit unit) {
        return FreshObjects.of(model, catalog).ownerMadePerInvocation(fields.naming(named), field, unit,
                fields.builtFrom(field));
    }

    /** Whether the growing call's key (its first argument) is a constant, so it adds one entry at most. */
    public boolean fixedKey(MethodCallExpr site, CodeUnit unit) {
        return site.getArguments().isNonEmpty() && fixedKey(site.getArgument(0), unit, 0);
    }

    /**
     * A literal, a class, a static final or enum constant, a value of a project enum, a {@code new} of a class that
     * compares by value made of such keys, a local set once from one, or a helper's parameter that every
     * per-invocation call site gives such a key.
     */
    private boolean fixedKey(Expression key, CodeUnit unit, int depth) {
        if (key instanceof EnclosedExpr enclosed) {
            return fixedKey(enclosed.getInner(), unit, depth);
        }
        if (key instanceof LiteralExpr && !(key instanceof NullLiteralExpr) || key instanceof ClassExpr) {
            return true;
        }
        if (key instanceof MethodCallExpr call && call.getNameAsString().equals("getClass")
                && call.getArguments().isEmpty()) {
            return true;
        }
        if (key instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return fixedKey(binary.getLeft(), unit, depth) && fixedKey(binary.getRight(), unit, depth);
        }
        if (key instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()
                && creation.getArguments().isNonEmpty() && equalByValue(creation)) {
            // new ClassKey(bean.getClass()): as many keys as combinations of its fixed arguments
            return creation.getArguments().stream().allMatch(a -> fixedKey(a, unit, depth));
        }
        Optional<FieldRef> constant = model.fields().of(key, unit.thisType());
        if (constant.isPresent()) {
            return constant.get().isStatic()
                    && ((FieldDeclaration) constant.get().variable().getParentNode().orElseThrow()).isFinal();
        }
        if (key instanceof FieldAccessExpr access
                && model.calls().staticTypeReference(access.getScope(), unit).isPresent()) {
            return true; // Kind.ORDER: an enum constant or a library constant
        }
        if (enumValue(key, unit)) {
            return true;
        }
        if (key instanceof MethodCallExpr call && ENUM_KEYS.contains(call.getNameAsString())
                && call.getArguments().isEmpty() && call.getScope().filter(s -> enumValue(s, unit)).isPresent()) {
            return true; // status.name(), type.ordinal()
        }
        if (depth < MAX_KEY_DEPTH && key instanceof NameExpr name) {
            Optional<Node> declaration = model.calls().declarationOf(name, unit);
            if (declaration.isPresent() && declaration.get() instanceof Parameter parameter) {
                return fixedAtEveryCallSite(parameter, depth);
            }
            if (declaration.isPresent() && declaration.get() instanceof VariableDeclarator local
                    && local.getParentNode().orElse(null) instanceof VariableDeclarationExpr
                    && local.getInitializer().isPresent() && !Locals.reassigned(local)) {
                return fixedKey(local.getInitializer().get(), unit, depth + 1);
            }
        }
        return false;
    }

    /**
     * Whether objects of the created project class compare by value: a record, or a class that (or whose project
     * superclass) declares {@code equals(Object)}. A {@code new} of any other class is a key no other equals.
     */
    private boolean equalByValue(ObjectCreationExpr creation) {
        return model.fields().typeCandidates(creation.getType(), creation).stream().filter(index::contains)
                .flatMap(t -> index.ancestry(t).stream()).flatMap(t -> index.type(t).stream())
                .anyMatch(t -> t instanceof RecordDeclaration || index.methodsNamed(t, "equals").stream()
                        .anyMatch(m -> m.getParameters().size() == 1));
    }

    /**
     * A value of a project enum: typed so, or what the getter of a field of that type returns (Lombok's too), or the
     * accessor of a record's component of that type.
     */
    private boolean enumValue(Expression value, CodeUnit unit) {
        if (model.calls().typeOf(value, unit).map(this::isProjectEnum).orElse(false)) {
            return true;
        }
        if (!(value instanceof MethodCallExpr call) || call.getArguments().isNonEmpty()) {
            return false;
        }
        Optional<FieldRef> field = getters.fieldReturnedBy(call, unit);
        if (field.isPresent()) {
            return model.fields().typeCandidates(field.get().variable().getType(), field.get().variable()).stream()
                    .anyMatch(this::isProjectEnum);
        }
        return call.getScope().flatMap(scope -> model.calls().typeOf(scope, unit)).flatMap(index::type)
                .filter(RecordDeclaration.class::isInstance).map(RecordDeclaration.class::cast)
                .flatMap(record -> record.getParameterByName(call.getNameAsString()))
                .map(component -> model.fields().typeCandidates(component.getType(), component).stream()
                        .anyMatch(this::isProjectEnum))
                .orElse(false);
    }

    /** A helper's parameter: bounded when every call site that runs per invocation passes a fixed key. */
    private boolean fixedAtEveryCallSite(Parameter parameter, int depth) {
        if (!(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)) {
            return false; // a lambda's parameter: an element of something
        }
        int position = callable.getParameters().indexOf(parameter);
        if (parameter.isVarArgs() || model.handlers().stream().anyMatch(h -> h.entry() == callable)) {
            return false;
        }
        boolean called = false;
        for (InvocationModel.CallSite site : model.callSitesOf(callable)) {
            if (site.node() instanceof MethodReferenceExpr) {
                return false; // called with arguments we cannot see
            }
            if (site.node() instanceof NodeWithArguments<?> call && call.getArguments().size() > position) {
                called = true;
                if (!fixedKey(call.getArgument(position), site.caller(), depth + 1)) {
                    return false;
                }
            }
        }
        return called;
    }

    /** The declared type and, for a project type, its ancestry: a project subclass of HashMap is a map. */
    private List<String> declaredTypes(FieldRef field) {
        List<String> types = new ArrayList<>();
        for (String type : model.fields().typeCandidates(field.variable().getType(), field.variable())) {
            types.addAll(index.contains(type) ? index.ancestry(type) : List.of(type));
        }
        return types;
    }

    private boolean fixedKeyType(FieldRef field) {
        if (!(field.variable().getType() instanceof ClassOrInterfaceType type)
                || type.getTypeArguments().map(List::isEmpty).orElse(true)) {
            return false;
        }
        var key = type.getTypeArguments().get().get(0);
        List<String> keyTypes = model.fields().typeCandidates(key, field.variable());
        return catalog.fixedKeyType(keyTypes) || keyTypes.stream().anyMatch(this::isProjectEnum);
    }

    private boolean isProjectEnum(String type) {
        return index.type(type).map(EnumDeclaration.class::isInstance).orElse(false);
    }

    /** A project type that overrides an eviction hook (a LinkedHashMap subclass with removeEldestEntry). */
    private boolean evicts(String type) {
        return index.contains(type) && index.ancestry(type).stream()
                .anyMatch(t -> index.type(t).map(this::declaresEvictionHook).orElse(false));
    }

    private boolean declaresEvictionHook(Node body) {
        return Trees.findAll(body, MethodDeclaration.class).stream()
                .anyMatch(m -> catalog.evictionHooks().contains(m.getNameAsString()));
    }

    /** Evidence of a bound in an expression that builds the collection, or in a project method it calls. */
    private boolean boundedBy(Expression built) {
        if (boundedHere(built)) {
            return true;
        }
        for (MethodCallExpr call : Trees.findAll(built, MethodCallExpr.class)) {
            for (MethodDeclaration helper : projectMethods(call)) {
                if (helper.getBody().map(this::boundedHere).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean boundedHere(Node code) {
        for (ObjectCreationExpr creation : Trees.findAll(code, ObjectCreationExpr.class)) {
            List<String> types = model.fields().typeCandidates(creation.getType(), creation);
            if (catalog.boundedType(types) || types.stream().anyMatch(this::evicts)
                    || catalog.capacityBoundedType(types) && creation.getArguments().isNonEmpty()
                        && isNumber(creation.getArgument(0), creation)
                    || creation.getAnonymousClassBody().map(b -> b.stream().anyMatch(this::declaresEvictionHook))
                            .orElse(false)) {
                return true;
            }
        }
        for (MethodCallExpr call : Trees.findAll(code, MethodCallExpr.class)) {
            if (call.getScope().isPresent() && call.getScope().get() instanceof NameExpr owner
                    && catalog.boundedType(constructions.typeCandidates(owner.getNameAsString(), owner))) {
                return true; // EnumSet.noneOf(...)
            }
            if (cacheBuilderStart(call) && chainCallsABound(call)) {
                return true;
            }
        }
        return false;
    }

    private boolean unboundedCacheBuilder(Expression built) {
        return Trees.findAll(built, MethodCallExpr.class).stream()
                .anyMatch(call -> cacheBuilderStart(call) && !chainCallsABound(call));
    }

    private boolean cacheBuilderStart(MethodCallExpr call) {
        return call.getScope().isPresent() && call.getScope().get() instanceof NameExpr owner
                && catalog.cacheBuilder(constructions.typeCandidates(owner.getNameAsString(), owner),
                        call.getNameAsString()).isPresent();
    }

    private boolean chainCallsABound(MethodCallExpr start) {
        Node current = start;
        while (current.getParentNode().orElse(null) instanceof MethodCallExpr next
                && next.getScope().orElse(null) == current) {
            String name = next.getNameAsString();
            if (catalog.cacheBuilders().stream().anyMatch(b -> b.bounds().contains(name))) {
                return true;
            }
            current = next;
        }
        return false;
    }

    /** Methods of the project a call may run: an unqualified call in its class, or Type.method(). */
    private List<MethodDeclaration> projectMethods(MethodCallExpr call) {
        Optional<String> owner = call.getScope().isEmpty() ? index.enclosingTypeName(call)
                : model.calls().staticTypeReference(call.getScope().get(), null);
        return owner.map(t -> index.methodsNamed(t, call.getNameAsString())).orElse(List.of());
    }

    /** A capacity: a number written out, or a field declared as a number. */
    private boolean isNumber(Expression expression, Node context) {
        if (expression instanceof IntegerLiteralExpr || expression instanceof LongLiteralExpr) {
            return true;
        }
        return index.enclosingTypeName(context).flatMap(t -> model.fields().of(expression, t))
                .map(f -> f.variable().getType().asString())
                .filter(t -> t.equals("int") || t.equals("Integer") || t.equals("long") || t.equals("Long"))
                .isPresent();
    }

    private static boolean comparison(BinaryExpr binary) {
        return switch (binary.getOperator()) {
            case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, EQUALS, NOT_EQUALS -> true;
            default -> false;
        };
    }
}
