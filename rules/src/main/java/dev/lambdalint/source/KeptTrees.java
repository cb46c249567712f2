package dev.lambdalint.source;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Makes a syntax tree that is kept for the whole analysis small: thousands are held at once, and JavaParser's
 * nodes are built to be edited. Kept: every node and its range (findings, suppressions and messages need them).
 * Dropped: the token list, the comments that hold no {@code lambda-lint} suppression (nothing else reads them),
 * the empty observer and comment lists every node and node list carries (one shared empty list instead), the
 * spare room of child lists; equal ranges of a file, and positions and identifiers across the files of an analysis,
 * are shared.
 * The tree must not be edited afterwards: the shared lists refuse it.
 */
public final class KeptTrees {
    /** What a comment holds to be kept: {@code lambda-lint:ignore} and the like (see the suppressions). */
    private static final String SUPPRESSION = "lambda-lint";
    // handles where the field is set on every node (see NodeFields); a list's fields are final, which no handle sets
    private static final VarHandle NODE_OBSERVERS = NodeFields.handle(Node.class, "observers", ArrayList.class);
    private static final VarHandle NODE_ORPHANS = NodeFields.handle(Node.class, "orphanComments", ArrayList.class);
    private static final VarHandle NODE_CHILDREN = NodeFields.handle(Node.class, "childNodes", ArrayList.class);
    private static final Field LIST_OBSERVERS = NodeFields.field(NodeList.class, "observers");
    private static final Field LIST_ITEMS = NodeFields.field(NodeList.class, "innerList");
    private static final VarHandle SIMPLE_NAME = NodeFields.handle(SimpleName.class, "identifier", String.class);
    private static final VarHandle NAME = NodeFields.handle(Name.class, "identifier", String.class);
    private static final boolean ENABLED = NODE_OBSERVERS != null && NODE_ORPHANS != null && NODE_CHILDREN != null
            && LIST_OBSERVERS != null && LIST_ITEMS != null;

    /** The one empty list every kept node shares (JavaParser declares these fields as ArrayList). */
    private static final ArrayList<Object> NONE = new Frozen();

    /**
     * The empty list kept nodes share, for a reader that builds nodes kept already: their observers, and their
     * children and orphan comments when they have none; such a node needs no {@link #trim}.
     */
    public static ArrayList<Object> sharedEmpty() {
        return NONE;
    }

    private static final NodeList<?> NO_ITEMS = noItems();

    /**
     * The empty node list every kept node shares for a property that holds none (no annotations, no arguments):
     * about two lists in three are empty. Its owner is not kept, as nothing reads a list's owner, and it refuses
     * items.
     */
    public static NodeList<?> sharedEmptyList() {
        return NO_ITEMS;
    }

    private static NodeList<?> noItems() {
        NodeList<?> list = new NodeList<>();
        try {
            if (ENABLED) {
                LIST_OBSERVERS.set(list, Collections.emptyList());
                LIST_ITEMS.set(list, Collections.emptyList());
            }
        } catch (IllegalAccessException | RuntimeException e) {
            // a JavaParser whose fields differ: a list like any other, never shared (see shrink)
        }
        return list;
    }

    private KeptTrees() {
    }

    /** An empty list that stays empty: a kept tree edited by mistake fails instead of corrupting every tree. */
    private static final class Frozen extends ArrayList<Object> {
        Frozen() {
            super(0);
        }

        @Override
        public boolean add(Object o) {
            throw new UnsupportedOperationException("kept syntax trees are not edited");
        }

        @Override
        public void add(int index, Object o) {
            throw new UnsupportedOperationException("kept syntax trees are not edited");
        }

        @Override
        public boolean addAll(java.util.Collection<?> c) {
            throw new UnsupportedOperationException("kept syntax trees are not edited");
        }

        @Override
        public boolean addAll(int index, java.util.Collection<?> c) {
            throw new UnsupportedOperationException("kept syntax trees are not edited");
        }

        @Override
        public Object set(int index, Object o) {
            throw new UnsupportedOperationException("kept syntax trees are not edited");
        }
    }

    /** The tree, made small; {@code names} shares identifiers between the trees of one analysis. */
    public static CompilationUnit compact(CompilationUnit unit, Map<String, String> names) {
        return compact(unit, names, new PositionTable());
    }

    /** {@link #compact(CompilationUnit, Map)}, positions shared through {@code positions}. */
    public static CompilationUnit compact(CompilationUnit unit, Map<String, String> names, PositionTable positions) {
        return compact(unit, names, positions, node -> { });
    }

    /** {@link #compact(CompilationUnit, Map, PositionTable)}, handing each node it keeps to {@code kept}. */
    public static CompilationUnit compact(CompilationUnit unit, Map<String, String> names, PositionTable positions,
                                          Consumer<Node> kept) {
        UnaryOperator<String> intern = id -> shared(names, id);
        List<Comment> attached = new ArrayList<>();
        for (Node node : Trees.postOrder(unit)) { // children first: a node may share a child's range
            if (node instanceof Comment orphan) { // an orphan comment is a child of the node it sits in
                if (!orphan.getContent().contains(SUPPRESSION)) {
                    orphan.remove();
                    continue;
                }
            } else if (node.getComment().isPresent()) { // an attached one is no child: compacted after
                Comment comment = node.getComment().get();
                if (comment.getContent().contains(SUPPRESSION)) {
                    attached.add(comment);
                } else {
                    node.setComment(null);
                }
            }
            compactNode(node, intern, positions);
            kept.accept(node);
        }
        for (Comment comment : attached) {
            compactNode(comment, intern, positions);
        }
        return unit;
    }

    private static void compactNode(Node node, UnaryOperator<String> intern, PositionTable positions) {
        Range range = node.getRange().orElse(null);
        node.setTokenRange(null);
        node.setRange(range == null ? null : shared(range, node.getChildNodes(), positions));
        if (ENABLED) {
            shrink(node, intern);
        }
    }

    /**
     * Makes a node of a tree read back from the cache small, once it is complete ({@link FileMemory#tree(String,
     * Consumer, PositionTable, Map)}), for a node the reader had to build with JavaParser's own constructor: the
     * others it builds kept already, its comments were dropped and its positions shared before it was stored, and
     * its identifiers are shared as its table of strings is read.
     */
    public static void trim(Node node) {
        if (ENABLED) {
            shrink(node, null);
        }
    }

    /**
     * A child's range when it is the same (a name and the expression it is, often a chain of them), else one of
     * shared positions, a child's where it begins or ends at the same place: the equal ranges of a file are nearly
     * all nested, so no map of them is needed, and the table of positions is looked up only for the rest.
     */
    private static Range shared(Range range, List<Node> children, PositionTable positions) {
        Position begin = null;
        Position end = null;
        for (int i = 0; i < children.size(); i++) {
            Range child = children.get(i).getRange().orElse(null);
            if (child != null) {
                boolean sameBegin = same(child.begin, range.begin);
                boolean sameEnd = same(child.end, range.end);
                if (sameBegin && sameEnd) {
                    return child;
                }
                begin = sameBegin ? child.begin : begin;
                end = sameEnd ? child.end : end;
            }
        }
        return new Range(begin != null ? begin : positions.position(range.begin),
                end != null ? end : positions.position(range.end));
    }

    private static boolean same(Position a, Position b) {
        return a.line == b.line && a.column == b.column; // Position.equals boxes both numbers
    }

    /** The analysis's one copy of the string; a plain lookup first, as nearly every identifier is known. */
    public static String shared(Map<String, String> names, String id) {
        String known = names.get(id);
        if (known != null) {
            return known;
        }
        known = names.putIfAbsent(id, id);
        return known == null ? id : known;
    }

    private static void shrink(Node node, UnaryOperator<String> intern) {
        try {
            NODE_OBSERVERS.set(node, NONE);
            if (((ArrayList<?>) NODE_ORPHANS.get(node)).isEmpty()) {
                NODE_ORPHANS.set(node, NONE);
            }
            ArrayList<?> children = (ArrayList<?>) NODE_CHILDREN.get(node);
            if (children.isEmpty()) {
                NODE_CHILDREN.set(node, NONE);
            } else {
                children.trimToSize();
            }
            for (Field field : NODE_LISTS.get(node.getClass())) {
                NodeList<?> list = (NodeList<?>) field.get(node);
                if (list != null && list != NO_ITEMS) {
                    List<?> items = (List<?>) LIST_ITEMS.get(list);
                    if (items.isEmpty()) {
                        field.set(node, NO_ITEMS);
                    } else {
                        LIST_OBSERVERS.set(list, Collections.emptyList());
                        LIST_ITEMS.set(list, List.copyOf(items));
                    }
                }
            }
            internName(node, intern);
        } catch (IllegalAccessException | RuntimeException e) {
            // a JavaParser whose fields differ: the tree stays as it was, only bigger
        }
    }

    /** Shares the node's identifier through {@code intern}; null: the identifier is shared already. */
    private static void internName(Node node, UnaryOperator<String> intern) {
        if (intern == null) {
            return;
        }
        if (node instanceof SimpleName simple && SIMPLE_NAME != null) {
            SIMPLE_NAME.set(simple, intern.apply(simple.getIdentifier()));
        } else if (node instanceof Name name && NAME != null) {
            NAME.set(name, intern.apply(name.getIdentifier()));
        }
    }

    private static final ClassValue<Field[]> NODE_LISTS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (NodeList.class.isAssignableFrom(f.getType()) && !java.lang.reflect.Modifier.isStatic(
                            f.getModifiers())) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return fields.toArray(Field[]::new);
        }
    };
}
