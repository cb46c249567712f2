package dev.lambdalint.check.snapstart;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.catalog.SnapStartCatalog;
import dev.lambdalint.catalog.TypePattern;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CRaC runtime hooks of the project: the {@code beforeCheckpoint} and {@code afterRestore} methods of classes
 * (also anonymous ones) implementing the resource interface the catalog names, which Lambda runs around a
 * SnapStart snapshot.
 */
final class CracHooks {
    private final InvocationModel model;
    private final SnapStartCatalog catalog;
    private final ClientConstructions constructions;

    /** A hook method and the resource class (or anonymous class creation) declaring it. */
    record Hook(MethodDeclaration method, Node owner) {
    }

    private List<Hook> hooks;

    CracHooks(InvocationModel model, SnapStartCatalog catalog, ClientConstructions constructions) {
        this.model = model;
        this.catalog = catalog;
        this.constructions = constructions;
    }

    /** Every afterRestore hook in the project: any of them may re-create what INIT made. */
    List<MethodDeclaration> afterRestore() {
        return all().stream().filter(h -> catalog.afterRestore().contains(h.method().getNameAsString()))
                .map(Hook::method).toList();
    }

    /**
     * The beforeCheckpoint hooks that run in the handler's INIT: those of the handler's own class, and those of
     * resources its initialisation creates.
     */
    List<MethodDeclaration> beforeCheckpoint(Handler handler, List<Reach> initWithoutHooks) {
        ProjectIndex index = model.index();
        Set<String> handlerTypes = Set.copyOf(index.ancestry(handler.type()));
        List<MethodDeclaration> result = new ArrayList<>();
        for (Hook hook : all()) {
            if (!catalog.beforeCheckpoint().contains(hook.method().getNameAsString())) {
                continue;
            }
            boolean handlerOwn = hook.owner() instanceof TypeDeclaration<?> type
                    && handlerTypes.contains(index.nameOf(type));
            if (handlerOwn || createdAtInit(hook.owner(), initWithoutHooks)) {
                result.add(hook.method());
            }
        }
        return result;
    }

    private boolean createdAtInit(Node owner, List<Reach> init) {
        for (Reach reach : init) {
            for (Node node : model.allNodes(reach.unit())) {
                if (node == owner) {
                    return true;
                }
                if (owner instanceof TypeDeclaration<?> type && node instanceof ObjectCreationExpr creation
                        && creation.getAnonymousClassBody().isEmpty()
                        && constructions.typeCandidates(creation.getType().getNameWithScope(), creation)
                                .contains(model.index().nameOf(type))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Hook> all() {
        if (hooks == null) {
            hooks = new ArrayList<>();
            for (TypeDeclaration<?> type : model.index().types().values()) {
                String name = model.index().nameOf(type);
                if (model.index().possibleAncestors(name).stream()
                        .anyMatch(a -> TypePattern.anyMatches(catalog.hookTypes(), a))) {
                    addHooks(type.getMethods(), type);
                }
                for (ObjectCreationExpr creation : Trees.findAll(type, ObjectCreationExpr.class)) {
                    if (creation.getAnonymousClassBody().isPresent() && isHookType(creation)
                            && creation.findAncestor(TypeDeclaration.class).orElse(null) == type) {
                        addHooks(creation.getAnonymousClassBody().get().stream()
                                .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
                                .toList(), creation);
                    }
                }
            }
        }
        return hooks;
    }

    private boolean isHookType(ObjectCreationExpr creation) {
        return constructions.typeCandidates(creation.getType().getNameWithScope(), creation).stream()
                .anyMatch(t -> TypePattern.anyMatches(catalog.hookTypes(), t));
    }

    private void addHooks(List<MethodDeclaration> methods, Node owner) {
        for (MethodDeclaration method : methods) {
            String name = method.getNameAsString();
            if (method.getBody().isPresent()
                    && (catalog.beforeCheckpoint().contains(name) || catalog.afterRestore().contains(name))) {
                hooks.add(new Hook(method, owner));
            }
        }
    }
}
