package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.ProjectIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a call may run a callable of its arity, as far as the arguments' declared types tell: the call model
 * links a call to every overload of the same arity, but Java picks among them by the arguments' static types, so an
 * overload whose parameter surely cannot take an argument is never the one called ({@code _parse(text, flag)} with
 * a String and a boolean does not run {@code _parse(JsonParser p, Context ctxt)}). When unsure, it may.
 */
final class OverloadFit {
    private static final Map<String, Class<?>> BOXES = Map.of("boolean", Boolean.class, "byte", Byte.class,
            "char", Character.class, "short", Short.class, "int", Integer.class, "long", Long.class,
            "float", Float.class, "double", Double.class);

    private final InvocationModel model;
    private final ProjectIndex index;
    private final Map<Parameter, List<String>> takenBy = new java.util.IdentityHashMap<>();

    OverloadFit(InvocationModel model) {
        this.model = model;
        this.index = model.index();
    }

    /** Whether every argument of the call, in the caller's code, may be given to the callable's parameter. */
    boolean mayCall(NodeWithArguments<?> call, CodeUnit caller, CallableDeclaration<?> callable) {
        int fixed = callable.getParameters().size();
        for (int i = 0; i < call.getArguments().size() && i < fixed; i++) {
            Parameter parameter = callable.getParameter(i);
            if (parameter.isVarArgs()) {
                return true;
            }
            if (!mayPass(call.getArgument(i), caller, parameter)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value of the argument's declared type may be given to the parameter. */
    boolean mayPass(Expression argument, CodeUnit caller, Parameter parameter) {
        List<String> taken = takenBy.computeIfAbsent(parameter, this::takes);
        if (taken.isEmpty()) {
            return true;
        }
        Optional<String> given = model.calls().typeOf(argument, caller).filter(t -> !t.equals(CallResolver.EXTERNAL));
        if (given.isEmpty()) {
            return true;
        }
        if (taken.size() == 1 && index.contains(taken.get(0))) {
            return mayPassToProjectType(given.get(), taken.get(0));
        }
        return taken.stream().anyMatch(index::contains)
                || taken.stream().anyMatch(t -> mayPassToOtherType(given.get(), t));
    }

    /**
     * The types the parameter may be declared with, each fully qualified; none when it may take anything (a type
     * variable, a type not written as a class, a name not resolved). Asked for the same parameter at every call.
     */
    private List<String> takes(Parameter parameter) {
        if (!(parameter.getType() instanceof ClassOrInterfaceType type) || isTypeVariable(type, parameter)) {
            return List.of();
        }
        List<String> candidates = model.fields().typeCandidates(type, parameter);
        return candidates.stream().anyMatch(t -> !t.contains(".")) ? List.of() : candidates;
    }

    private boolean mayPassToProjectType(String given, String taken) {
        if (index.contains(given)) {
            return index.ancestry(given).contains(taken) || index.ancestry(taken).contains(given);
        }
        return jdkType(given).isEmpty(); // a JDK type neither is nor extends a project type
    }

    /** A parameter of a type outside the project: a JDK type, a library's, or a name an on-demand import guesses. */
    private boolean mayPassToOtherType(String given, String taken) {
        Optional<Class<?>> takenJdk = JdkTypes.of(taken);
        List<Class<?>> outside = new ArrayList<>();
        if (index.contains(given)) {
            outside.add(Object.class);
            for (String ancestor : index.possibleAncestors(given)) {
                if (!index.contains(ancestor)) {
                    Optional<Class<?>> jdk = JdkTypes.of(ancestor);
                    if (jdk.isEmpty()) {
                        return true; // a library supertype: it may extend the parameter's type
                    }
                    outside.add(jdk.get());
                }
            }
        } else {
            Optional<Class<?>> jdk = jdkType(given);
            if (jdk.isEmpty()) {
                return true;
            }
            outside.add(jdk.get());
        }
        // a JDK type extends only JDK types: a parameter of another type cannot take it
        return takenJdk.isPresent() && outside.stream().anyMatch(takenJdk.get()::isAssignableFrom);
    }

    /** The JDK class of a declared type: a primitive as its box, a simple name of java.lang as such. */
    private static Optional<Class<?>> jdkType(String name) {
        if (BOXES.containsKey(name)) {
            return Optional.of(BOXES.get(name));
        }
        return JdkTypes.of(name.contains(".") ? name : "java.lang." + name);
    }

    private static boolean isTypeVariable(ClassOrInterfaceType type, Node context) {
        String name = type.getNameWithScope();
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithTypeParameters<?> generic
                    && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
                return true;
            }
        }
        return false;
    }
}
