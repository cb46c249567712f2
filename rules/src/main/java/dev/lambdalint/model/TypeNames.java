package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.catalog.TypePattern;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.TypeResolver;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Library types written in the project's code, asked for by their fully qualified names (or globs of them). */
final class TypeNames {
    static final String LAMBDA_CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

    private final ProjectIndex index;

    TypeNames(ProjectIndex index) {
        this.index = index;
    }

    /**
     * What a written type name may mean at {@code context}: the project type or explicitly imported type it names,
     * else every type an on-demand import could make it. A project type of the same simple name is never a library's.
     */
    List<String> meanings(String written, Node context) {
        TypeResolver resolver = index.resolver(context);
        Optional<String> resolved = resolver.resolve(written, context);
        return resolved.map(List::of).orElseGet(() -> resolver.candidates(written, context));
    }

    boolean means(String written, Node context, Collection<String> globs) {
        return !globs.isEmpty() && meanings(written, context).stream().anyMatch(t -> TypePattern.anyMatches(globs, t));
    }

    boolean means(Type type, Node context, Collection<String> globs) {
        return type instanceof ClassOrInterfaceType c && means(c.getNameWithScope(), context, globs);
    }

    /** Whether the node carries an annotation of one of the types. */
    boolean annotated(NodeWithAnnotations<?> node, Collection<String> globs) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (means(annotation.getNameAsString(), annotation, globs)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a parameter type is the Lambda runtime's Context (a project class named Context is not). */
    boolean isLambdaContext(Type type, Node context) {
        return means(type, context, List.of(LAMBDA_CONTEXT));
    }
}
