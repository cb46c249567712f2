package dev.lambdalint.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import dev.lambdalint.analysis.CodeText;
import dev.lambdalint.deploy.LambdaFunction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a finding points at, as text that ordinary edits leave alone: no line, no column, no message. The part of a
 * finding's identity after its rule id (see {@link dev.lambdalint.Finding#identity()}).
 */
final class Anchors {
    static final String SEPARATOR = " | ";
    /** Longer flagged code is cut and ends in a hash of the whole, so that the identity stays readable. */
    private static final int MAX_TEXT = 100;

    private Anchors() {
    }

    /**
     * The enclosing named type (qualified), the members from it down to the node (method signatures, constructors,
     * fields, initializers, anonymous classes, local classes), and the node's normalized text. A node in no named
     * type is placed by its file instead.
     */
    static String code(Node node, String path) {
        List<String> members = new ArrayList<>();
        String type = null;
        Node child = null;
        for (Node n = node; n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> declaration) {
                Optional<String> qualified = declaration.getFullyQualifiedName();
                if (qualified.isPresent()) {
                    type = qualified.get();
                    break;
                }
                members.add("class " + declaration.getNameAsString());
            } else {
                member(n, child).ifPresent(members::add);
            }
        }
        Collections.reverse(members);
        return String.join(SEPARATOR, type == null ? path : type, String.join("/", members), text(node));
    }

    /** The function (its template and logical id) and the setting's name as the template language calls it. */
    static String setting(LambdaFunction function, String setting) {
        return String.join(SEPARATOR, function.scope(), function.logicalId(), setting);
    }

    /** A file and the kind of problem it has. */
    static String file(String path, String kind) {
        return String.join(SEPARATOR, path, kind);
    }

    private static Optional<String> member(Node n, Node child) {
        if (n instanceof MethodDeclaration method) {
            return Optional.of(method.getSignature().asString());
        }
        if (n instanceof ConstructorDeclaration constructor) {
            return Optional.of("<init>" + constructor.getSignature().asString()
                    .substring(constructor.getNameAsString().length()));
        }
        if (n instanceof CompactConstructorDeclaration) {
            return Optional.of("<init>");
        }
        if (n instanceof VariableDeclarator variable && variable.getParentNode().orElse(null)
                instanceof FieldDeclaration) {
            return Optional.of(variable.getNameAsString());
        }
        if (n instanceof InitializerDeclaration initializer) {
            return Optional.of(initializer.isStatic() ? "static {}" : "{}");
        }
        if (n instanceof EnumConstantDeclaration constant) {
            return Optional.of(constant.getNameAsString());
        }
        if (n instanceof ObjectCreationExpr creation && child != null && creation.getAnonymousClassBody()
                .filter(body -> body.stream().anyMatch(member -> member == child)).isPresent()) {
            return Optional.of("new " + creation.getType().getNameWithScope() + "() {}");
        }
        return Optional.empty();
    }

    /** A rule may flag a call by its name: the call, with its receiver and arguments, is what the name stands for. */
    private static String text(Node node) {
        Node flagged = node instanceof SimpleName && node.getParentNode().orElse(null) instanceof Expression parent
                ? parent : node;
        String text = CodeText.normalized(flagged);
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT - 20) + "… " + hash(text);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
