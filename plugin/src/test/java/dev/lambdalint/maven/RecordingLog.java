package dev.lambdalint.maven;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps what the mojo says, with the level; failing assertions print it. */
final class RecordingLog implements Log {

    record Entry(String level, String message) {
        @Override
        public String toString() {
            return "[" + level + "] " + message;
        }
    }

    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** True when some entry at {@code level} contains {@code text}. */
    boolean contains(String level, String text) {
        return entries().stream().anyMatch(e -> e.level().equals(level) && e.message().contains(text));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("log:\n");
        entries().forEach(e -> sb.append(e).append('\n'));
        return sb.toString();
    }

    private void add(String level, CharSequence content, Throwable error) {
        String message = content == null ? "" : content.toString();
        if (error != null) {
            message = message + (message.isEmpty() ? "" : " ") + error;
        }
        entries.add(new Entry(level, message));
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        add("debug", content, null);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        add("debug", content, error);
    }

    @Override
    public void debug(Throwable error) {
        add("debug", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        add("info", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        add("info", content, error);
    }

    @Override
    public void info(Throwable error) {
        add("info", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        add("warn", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        add("warn", content, error);
    }

    @Override
    public void warn(Throwable error) {
        add("warn", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        add("error", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        add("error", content, error);
    }

    @Override
    public void error(Throwable error) {
        add("error", null, error);
    }
}
