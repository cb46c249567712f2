package dev.lambdalint.cache;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.AllFieldsConstructor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.metamodel.BaseNodeMetaModel;
import com.github.javaparser.metamodel.JavaParserMetaModel;
import com.github.javaparser.metamodel.PropertyMetaModel;
import dev.lambdalint.source.KeptTrees;
import dev.lambdalint.source.NodeFields;
import dev.lambdalint.source.PositionTable;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A compact binary form of a kept syntax tree (no tokens, every node's range and comments kept), written from
 * JavaParser's own metamodel: each node is its type, its range, the values of its all-fields constructor, its
 * comment and its orphan comments. Reading one back builds the nodes as those constructors would, and as they are
 * kept ({@link KeptTrees}), many times faster than parsing the text again, which is what makes an incremental run
 * cheap. Strings are written once per tree and referred to by number.
 */
public final class TreeCodec {
    /** Changes whenever the layout below does; trees written by another layout are parsed again. */
    static final int FORMAT = 2;

    private static final List<BaseNodeMetaModel> TYPES = JavaParserMetaModel.getNodeMetaModels().stream()
            .filter(m -> !m.isAbstract())
            .sorted((a, b) -> a.getQualifiedClassName().compareTo(b.getQualifiedClassName())).toList();
    private static final Map<Class<?>, Integer> TYPE_IDS = new HashMap<>();
    private static final Shape[] SHAPES = new Shape[TYPES.size()];
    // constant handles where a field is set on every node (see NodeFields); a list's fields are final
    private static final VarHandle CHILDREN = handle(Node.class, "childNodes", ArrayList.class);
    private static final VarHandle RANGE = handle(Node.class, "range", Range.class);
    private static final VarHandle PARENT = handle(Node.class, "parentNode", Node.class);
    private static final VarHandle ORPHANS = handle(Node.class, "orphanComments", ArrayList.class);
    private static final VarHandle OBSERVERS = handle(Node.class, "observers", ArrayList.class);
    private static final VarHandle PARSED = handle(Node.class, "parsed", Node.Parsedness.class);
    private static final VarHandle LIST_PARENT = handle(NodeList.class, "parentNode", Node.class);
    private static final Field LIST_ITEMS = field(NodeList.class, "innerList");
    private static final Field LIST_OBSERVERS = field(NodeList.class, "observers");
    private static final Constructor<?> LIST_ALLOCATOR = Shape.allocator(NodeList.class);
    /** The empty list kept nodes share: a node built here is built kept (see {@link KeptTrees#trim}). */
    private static final ArrayList<Object> NONE = KeptTrees.sharedEmpty();
    private static final NodeList<?> EMPTY_LIST = KeptTrees.sharedEmptyList();
    private static final Node[] NO_NODES = new Node[0];
    /** What a no-argument constructor is called with: {@code newInstance()} would make an empty array each time. */
    private static final Object[] NO_ARGUMENTS = new Object[0];

    static {
        for (int i = 0; i < TYPES.size(); i++) {
            TYPE_IDS.put(TYPES.get(i).getType(), i);
            SHAPES[i] = Shape.of(TYPES.get(i));
        }
    }

    private TreeCodec() {
    }

    /** How one property is written: a node, a list of nodes, a string, a boolean or an enum constant. */
    private enum Kind { NODE, LIST, STRING, BOOLEAN, ENUM }

    private record Property(Field field, Kind kind, Object[] constants) {
    }

    /**
     * A node type: its all-fields constructor and its parameters' fields, in the constructor's order; and, for a
     * type whose constructor does nothing but store its values (no custom initialisation), a way to make one without
     * running it ({@code allocator}), its fields then set directly.
     */
    private record Shape(Constructor<?> constructor, Property[] properties, Constructor<?> allocator) {
        static Shape of(BaseNodeMetaModel meta) {
            Constructor<?> constructor = null;
            for (Constructor<?> c : meta.getType().getConstructors()) {
                if (c.getAnnotation(AllFieldsConstructor.class) != null) {
                    constructor = c;
                }
            }
            if (constructor == null) {
                throw new IllegalStateException("no all-fields constructor in " + meta.getTypeName());
            }
            constructor.setAccessible(true); // public already: this only spares the access check of every call
            List<Property> properties = new ArrayList<>();
            for (PropertyMetaModel p : meta.getConstructorParameters()) {
                Field field = field(meta.getType(), p.getName());
                Kind kind = p.isNodeList() ? Kind.LIST : p.isNode() ? Kind.NODE : p.getType() == String.class
                        ? Kind.STRING : p.getType() == boolean.class || p.getType() == Boolean.class ? Kind.BOOLEAN
                        : p.getType().isEnum() ? Kind.ENUM : null;
                if (kind == null) {
                    throw new IllegalStateException("cannot encode " + meta.getTypeName() + "." + p.getName());
                }
                properties.add(new Property(field, kind, kind == Kind.ENUM ? p.getType().getEnumConstants() : null));
            }
            if (constructor.getParameterCount() != properties.size()) {
                throw new IllegalStateException("constructor of " + meta.getTypeName() + " does not match its model");
            }
            boolean storesAll = meta.getAllPropertyMetaModels().stream()
                    .filter(p -> !p.getName().equals("comment")) // set after, as the parser does
                    .allMatch(p -> meta.getConstructorParameters().contains(p));
            return new Shape(constructor, properties.toArray(Property[]::new),
                    storesAll ? allocator(meta.getType()) : null);
        }

        /**
         * Null when the type initialises itself beyond its fields (an observer registered), or none can be had.
         * Asked only of a type whose constructor takes every property: another makes the rest itself (a type's
         * empty list of annotations).
         */
        private static Constructor<?> allocator(Class<?> type) {
            for (Class<?> c = type; c != Node.class && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals("customInitialization") && m.getParameterCount() == 0) {
                        return null;
                    }
                }
            }
            try {
                return sun.reflect.ReflectionFactory.getReflectionFactory()
                        .newConstructorForSerialization(type, Object.class.getDeclaredConstructor());
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }
    }

    private static VarHandle handle(Class<?> type, String name, Class<?> fieldType) {
        return required(NodeFields.handle(type, name, fieldType), type, name);
    }

    private static Field field(Class<?> type, String name) {
        return required(NodeFields.field(type, name), type, name);
    }

    private static <T> T required(T field, Class<?> type, String name) {
        if (field == null) {
            throw new IllegalStateException("JavaParser's " + type.getSimpleName() + " has no " + name + " field");
        }
        return field;
    }

    /** The tree as bytes. */
    public static byte[] encode(CompilationUnit unit) {
        try {
            Writer writer = new Writer();
            writer.node(unit);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(writer.body.size + 4096);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(FORMAT);
            out.writeInt(writer.strings.size());
            for (String s : writer.strings) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8); // writeUTF stops at 64 KB; a literal may not
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            out.write(writer.body.bytes, 0, writer.body.size);
            return bytes.toByteArray();
        } catch (IOException | IllegalAccessException e) {
            throw new IllegalStateException("cannot encode a syntax tree: " + e, e);
        }
    }

    /** The tree the bytes hold; an exception when they are not one (a damaged cache: parse the file again). */
    public static CompilationUnit decode(byte[] bytes) throws IOException {
        return decode(bytes, node -> { });
    }

    /**
     * {@link #decode(byte[])}, handing each node to {@code built} as soon as it is complete (its children, comments
     * and range set, before its parent is built): work on every node then costs no second walk of the tree.
     */
    public static CompilationUnit decode(byte[] bytes, Consumer<Node> built) throws IOException {
        return decode(bytes, built, new PositionTable(), new HashMap<>());
    }

    /**
     * {@link #decode(byte[], Consumer)}, the tree's positions shared through {@code positions} and its strings
     * (identifiers, literals) through {@code names}, the one copy of each for every tree of an analysis.
     */
    public static CompilationUnit decode(byte[] bytes, Consumer<Node> built, PositionTable positions,
                                         Map<String, String> names) throws IOException {
        java.io.ByteArrayInputStream stream = new java.io.ByteArrayInputStream(bytes);
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != FORMAT) {
            throw new IOException("another tree format");
        }
        int count = in.readInt();
        if (count < 0 || count > bytes.length) {
            throw new IOException("damaged string table");
        }
        String[] strings = new String[count];
        for (int i = 0; i < strings.length; i++) {
            int length = in.readInt();
            if (length < 0 || length > stream.available()) {
                throw new IOException("damaged string");
            }
            strings[i] = KeptTrees.shared(names, new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
        try {
            Node node = new Reader(new Input(bytes, bytes.length - stream.available()), strings, built,
                    positions).node();
            if (!(node instanceof CompilationUnit unit)) {
                throw new IOException("not a compilation unit");
            }
            return unit;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("damaged tree: " + e, e);
        }
    }

    /** The node's children in the order of its properties, then its comment, then its orphan comments. */
    private static List<Node> propertyOrder(Node node, Shape shape) {
        List<Node> children = new ArrayList<>();
        try {
            for (Property p : shape.properties()) {
                Object value = p.field().get(node);
                if (p.kind() == Kind.NODE && value != null) {
                    children.add((Node) value);
                } else if (p.kind() == Kind.LIST && value != null) {
                    for (Node child : (NodeList<?>) value) {
                        children.add(child);
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        node.getComment().ifPresent(children::add);
        children.addAll(node.getOrphanComments());
        return children;
    }

    /** Whether the node is the child at that index. */
    private static boolean isAt(List<Node> children, int index, Object node) {
        return index < children.size() && children.get(index) == node;
    }

    private static final class Writer {
        final Output body = new Output();
        final List<String> strings = new ArrayList<>();
        final Map<String, Integer> stringIds = new HashMap<>();

        void node(Node node) throws IOException, IllegalAccessException {
            if (node == null) {
                body.varint(0);
                return;
            }
            Integer type = TYPE_IDS.get(node.getClass());
            if (type == null) {
                throw new IllegalStateException("no metamodel for " + node.getClass().getName());
            }
            body.varint(type + 1);
            Range range = node.getRange().orElse(null);
            if (range == null) {
                body.varint(0);
            } else {
                body.varint(range.begin.line + 1);
                body.varint(range.begin.column);
                body.varint(range.end.line);
                body.varint(range.end.column);
            }
            // whether the parser's order of children is the properties' is seen on the way, without listing them
            List<Node> children = node.getChildNodes();
            int matched = 0;
            boolean same = true;
            for (Property p : SHAPES[type].properties()) {
                Object value = p.field().get(node);
                switch (p.kind()) {
                    case NODE -> {
                        node((Node) value);
                        if (value != null) {
                            same = same && isAt(children, matched, value);
                            matched++;
                        }
                    }
                    case LIST -> {
                        NodeList<?> list = (NodeList<?>) value;
                        body.varint(list == null ? 0 : list.size() + 1);
                        if (list != null) {
                            for (Node child : list) {
                                node(child);
                                same = same && isAt(children, matched, child);
                                matched++;
                            }
                        }
                    }
                    case STRING -> string((String) value);
                    case BOOLEAN -> body.varint((Boolean) value ? 1 : 0);
                    case ENUM -> body.varint(value == null ? 0 : ((Enum<?>) value).ordinal() + 1);
                }
            }
            Comment comment = node.getComment().orElse(null);
            node(comment);
            if (comment != null) {
                same = same && isAt(children, matched, comment);
                matched++;
            }
            List<Comment> orphans = node.getOrphanComments();
            body.varint(orphans.size());
            for (Comment orphan : orphans) {
                node(orphan);
                same = same && isAt(children, matched, orphan);
                matched++;
            }
            if (same && matched == children.size()) {
                body.varint(0);
                return;
            }
            // the parser's order of children is not always the properties' (a type replaced later comes last)
            List<Node> byProperty = propertyOrder(node, SHAPES[type]);
            Map<Node, Integer> positions = new java.util.IdentityHashMap<>();
            for (int i = 0; i < byProperty.size(); i++) {
                positions.put(byProperty.get(i), i);
            }
            body.varint(children.size() + 1);
            for (Node child : children) {
                Integer position = positions.get(child);
                if (position == null) {
                    throw new IllegalStateException("a child outside the node's properties");
                }
                body.varint(position);
            }
        }

        void string(String value) throws IOException {
            if (value == null) {
                body.varint(0);
                return;
            }
            Integer id = stringIds.get(value);
            if (id == null) {
                id = strings.size();
                strings.add(value);
                stringIds.put(value, id);
            }
            body.varint(id + 1);
        }
    }

    private static final class Reader {
        private final Input in;
        private final String[] strings;
        private final Consumer<Node> built;
        private final PositionTable positions;
        private Object[][] scratch = new Object[64][];
        private int depth;

        Reader(Input in, String[] strings, Consumer<Node> built, PositionTable positions) {
            this.in = in;
            this.strings = strings;
            this.built = built;
            this.positions = positions;
        }

        Node node() throws IOException, ReflectiveOperationException {
            int type = in.varint();
            if (type == 0) {
                return null;
            }
            if (type > SHAPES.length) {
                throw new IOException("an unknown node type");
            }
            Shape shape = SHAPES[type - 1];
            Position begin = null;
            Position end = null;
            int beginLine = in.varint();
            if (beginLine > 0) {
                begin = positions.position(beginLine - 1, in.varint());
                end = positions.position(in.varint(), in.varint());
            }
            Property[] properties = shape.properties();
            boolean allocated = shape.allocator() != null;
            // a constructor takes an array of its own length; the fields of an allocated node are set from one
            // reused per depth of the tree, as the children below fill theirs meanwhile
            Object[] arguments = allocated ? scratch(properties.length) : new Object[properties.length];
            depth++;
            int children = 0;
            for (int i = 0; i < properties.length; i++) {
                Object value = switch (properties[i].kind()) {
                    case NODE -> node();
                    case LIST -> list();
                    case STRING -> string();
                    case BOOLEAN -> in.varint() == 1;
                    case ENUM -> {
                        int ordinal = in.varint();
                        yield ordinal == 0 ? null : properties[i].constants()[ordinal - 1];
                    }
                };
                if (value instanceof Node) {
                    children++;
                } else if (value instanceof NodeList<?> list) {
                    children += list.size();
                }
                arguments[i] = value;
            }
            Node node = allocated ? allocated(shape, arguments) : constructed(shape, arguments);
            Node comment = node();
            if (comment != null) {
                node.setComment((Comment) comment);
                children++;
            }
            int orphans = in.varint();
            Node[] orphaned = orphans == 0 ? NO_NODES : new Node[orphans];
            if (orphans > 0 && allocated) { // the shared empty lists take nothing
                ORPHANS.set(node, new ArrayList<>(orphans));
                CHILDREN.set(node, new ArrayList<>(orphans));
            }
            for (int i = 0; i < orphans; i++) {
                orphaned[i] = node();
                node.addOrphanComment((Comment) orphaned[i]);
            }
            if (children + orphans == 0 && allocated) { // a leaf: no list of children to build
                if (in.varint() > 1) {
                    throw new IOException("damaged order of children");
                }
                depth--;
                CHILDREN.set(node, NONE);
                RANGE.set(node, begin == null ? null : new Range(begin, end));
                built.accept(node);
                return node;
            }
            // the children in the order of the properties, then the comment and the orphan comments, as
            // propertyOrder reads them from a built node, here from the values the node was built with
            ArrayList<Node> byProperty = new ArrayList<>(children + orphans);
            for (int i = 0; i < properties.length; i++) {
                if (arguments[i] instanceof Node child) {
                    byProperty.add(child);
                } else if (arguments[i] instanceof NodeList<?> list) {
                    for (int j = 0; j < list.size(); j++) {
                        byProperty.add(list.get(j));
                    }
                }
            }
            if (comment != null) {
                byProperty.add(comment);
            }
            for (Node orphan : orphaned) {
                byProperty.add(orphan);
            }
            ArrayList<Node> ordered = byProperty;
            int order = in.varint();
            if (order > 0) {
                ordered = new ArrayList<>(order - 1);
                for (int i = 0; i < order - 1; i++) {
                    int position = in.varint();
                    if (position >= byProperty.size()) {
                        throw new IOException("damaged order of children");
                    }
                    ordered.add(byProperty.get(position));
                }
            }
            depth--;
            if (!allocated && ordered.size() != ((List<?>) CHILDREN.get(node)).size()) {
                throw new IOException("children that do not match the node's properties");
            }
            CHILDREN.set(node, ordered.isEmpty() && allocated ? NONE : ordered);
            // a new node has no observers for setRange to tell
            RANGE.set(node, begin == null ? null : range(begin, end, ordered));
            if (!allocated) {
                KeptTrees.trim(node);
            }
            built.accept(node);
            return node;
        }

        /**
         * The arguments array of the node being read at the current depth, at least {@code length} long. Each node
         * sets every one of its arguments before it reads them, so what an earlier node left in it is never read; and
         * it holds only nodes of the tree being read, which is kept anyway.
         */
        private Object[] scratch(int length) {
            if (depth == scratch.length) {
                scratch = java.util.Arrays.copyOf(scratch, depth * 2);
            }
            Object[] arguments = scratch[depth];
            if (arguments == null || arguments.length < length) {
                arguments = new Object[Math.max(length, 8)];
                scratch[depth] = arguments;
            }
            return arguments;
        }

        private static Node constructed(Shape shape, Object[] arguments)
                throws IOException, ReflectiveOperationException {
            try {
                return (Node) shape.constructor().newInstance(arguments);
            } catch (InvocationTargetException e) {
                throw new IOException("a node that cannot be built: " + e.getCause(), e);
            }
        }

        /**
         * The node its constructor would build, its fields set directly, and kept already: no observers, and the
         * shared empty list for children and orphan comments until it has some. What the constructor's setters do
         * besides is left out: telling observers (a new node has none) and adding each child to the node's children
         * one by one (the caller sets them whole, in the parser's order).
         */
        private static Node allocated(Shape shape, Object[] arguments) throws ReflectiveOperationException {
            Node node = (Node) shape.allocator().newInstance(NO_ARGUMENTS);
            ORPHANS.set(node, NONE);
            OBSERVERS.set(node, NONE);
            PARSED.set(node, Node.Parsedness.PARSED);
            Property[] properties = shape.properties();
            for (int i = 0; i < properties.length; i++) {
                Object value = arguments[i];
                if (value == null) {
                    continue;
                }
                properties[i].field().set(node, value);
                if (value instanceof Node child) {
                    PARENT.set(child, node);
                } else if (value instanceof NodeList<?> list && list != EMPTY_LIST) {
                    LIST_PARENT.set(list, node);
                    for (int j = 0; j < list.size(); j++) {
                        PARENT.set(list.get(j), node);
                    }
                }
            }
            return node;
        }

        /**
         * A child's range when it is the same (a name and the expression it is), as the parse's tree shares it,
         * else a new one. Looking each range up in a table, of the tree or of the analysis, cost more CPU.
         */
        private static Range range(Position begin, Position end, List<Node> children) throws IllegalAccessException {
            for (int i = 0; i < children.size(); i++) {
                Range range = (Range) RANGE.get(children.get(i));
                if (range != null && range.begin == begin && range.end == end) {
                    return range;
                }
            }
            return new Range(begin, end);
        }

        /** A list as kept: its items in an immutable list, no observers (its owner sets its parent). */
        @SuppressWarnings("unchecked")
        private NodeList<Node> list() throws IOException, ReflectiveOperationException {
            int size = in.varint() - 1;
            if (size < 0) {
                return null;
            }
            if (LIST_ALLOCATOR == null) {
                NodeList<Node> list = new NodeList<>();
                for (int i = 0; i < size; i++) {
                    list.add(node());
                }
                return list;
            }
            if (size == 0) {
                return (NodeList<Node>) EMPTY_LIST;
            }
            NodeList<Node> list = (NodeList<Node>) LIST_ALLOCATOR.newInstance(NO_ARGUMENTS);
            LIST_ITEMS.set(list, items(size));
            LIST_OBSERVERS.set(list, Collections.emptyList());
            return list;
        }

        /** The next {@code size} nodes as an immutable list; one or two need no array (List.of copies one). */
        private List<Node> items(int size) throws IOException, ReflectiveOperationException {
            if (size == 1) {
                return List.of(node());
            }
            if (size == 2) {
                Node first = node();
                return List.of(first, node());
            }
            Node[] items = new Node[size];
            for (int i = 0; i < size; i++) {
                items[i] = node();
            }
            return List.of(items);
        }

        private String string() throws IOException {
            int id = in.varint();
            return id == 0 ? null : strings[id - 1];
        }
    }

    /** A growable byte array, unsynchronized: the streams' per-byte locking costs more than the encoding. */
    private static final class Output {
        byte[] bytes = new byte[1 << 14];
        int size;

        void varint(int value) {
            if (size + 5 > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            int v = value;
            while ((v & ~0x7F) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }
    }

    private static final class Input {
        private final byte[] bytes;
        private int pos;

        Input(byte[] bytes, int start) {
            this.bytes = bytes;
            this.pos = start;
        }

        int varint() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (pos >= bytes.length) {
                    throw new IOException("truncated tree");
                }
                int b = bytes[pos++] & 0xFF;
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("damaged number");
        }
    }
}
