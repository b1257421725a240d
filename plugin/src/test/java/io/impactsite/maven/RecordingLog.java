package io.impactsite.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Maven's log as a list of lines, "LEVEL message", in the order the Mojo wrote them. */
final class RecordingLog implements Log {
    private final List<String> lines = new ArrayList<>();

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The messages logged at one level ("ERROR"), without the level. */
    List<String> at(String level) {
        return lines.stream().filter(l -> l.startsWith(level + " ")).map(l -> l.substring(level.length() + 1)).toList();
    }

    private void add(String level, CharSequence message, Throwable error) {
        lines.add(level + " " + (message == null ? "" : message) + (error == null ? "" : " (" + error + ")"));
    }

    @Override public boolean isDebugEnabled() {
        return true;
    }

    @Override public void debug(CharSequence content) {
        add("DEBUG", content, null);
    }

    @Override public void debug(CharSequence content, Throwable error) {
        add("DEBUG", content, error);
    }

    @Override public void debug(Throwable error) {
        add("DEBUG", null, error);
    }

    @Override public boolean isInfoEnabled() {
        return true;
    }

    @Override public void info(CharSequence content) {
        add("INFO", content, null);
    }

    @Override public void info(CharSequence content, Throwable error) {
        add("INFO", content, error);
    }

    @Override public void info(Throwable error) {
        add("INFO", null, error);
    }

    @Override public boolean isWarnEnabled() {
        return true;
    }

    @Override public void warn(CharSequence content) {
        add("WARN", content, null);
    }

    @Override public void warn(CharSequence content, Throwable error) {
        add("WARN", content, error);
    }

    @Override public void warn(Throwable error) {
        add("WARN", null, error);
    }

    @Override public boolean isErrorEnabled() {
        return true;
    }

    @Override public void error(CharSequence content) {
        add("ERROR", content, null);
    }

    @Override public void error(CharSequence content, Throwable error) {
        add("ERROR", content, error);
    }

    @Override public void error(Throwable error) {
        add("ERROR", null, error);
    }
}
