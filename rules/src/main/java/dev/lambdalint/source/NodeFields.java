package dev.lambdalint.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;

/**
 * The private fields of JavaParser's nodes and lists that the code keeping and storing trees sets directly
 * ({@link KeptTrees}, the tree codec): null where a JavaParser version has no such field, for the caller to decide
 * whether it can do without.
 */
public final class NodeFields {
    private NodeFields() {
    }

    /**
     * A handle on the field, for one held in a constant: a handle costs a plain field access, a {@link Field} a check
     * of the object's class on every one. A final field's handle only reads.
     */
    public static VarHandle handle(Class<?> type, String name, Class<?> fieldType) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).findVarHandle(type, name, fieldType);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The field, declared by the type or a superclass, made accessible (a final one can be set through it too). */
    public static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    try {
                        f.setAccessible(true);
                        return f;
                    } catch (RuntimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
