package io.impactsite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * A file that cannot be read as YAML, described in words a person who has never read the YAML
 * specification can act on, at the line where the mistake is rather than where the parser gave up.
 * The diagnosis comes from what the parser reports as data: the exception's type (the scanner reads
 * characters into tokens, the parser tokens into structure), its marks (where the construct it was
 * reading started, where it failed) and the characters of the file at those marks. The wording of
 * SnakeYAML's English messages is never read: an upgrade that rewords them changes nothing here.
 */
final class YamlSyntax {
    private static final String NOT_YAML = "this is not valid YAML: ";

    private YamlSyntax() {}

    /**
     * Reports why a read failed.
     *
     * @param lastValue where the last value the parser read starts, if any
     */
    static void report(IOException e, String text, JsonLocation lastValue, YamlReader.Lines lines) {
        LocatingParser.Refused refused = find(e, LocatingParser.Refused.class);
        MarkedYAMLException marked = find(e, MarkedYAMLException.class);
        ReaderException unreadable = find(e, ReaderException.class);
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        if (refused != null) {
            lines.error(refused.getLocation(), NOT_YAML + refused.getOriginalMessage());
        } else if (marked != null && marked.getProblemMark() != null) {
            YamlText source = new YamlText(text);
            Located found = marked instanceof ScannerException ? scanner(marked, source)
                    : marked instanceof ParserException ? parser(marked, source, lastValue)
                    : new Located(marked.getProblemMark(), GENERIC);
            lines.errorInText(found.line(), found.column(), NOT_YAML + found.message());
        } else if (unreadable != null) {
            YamlText source = new YamlText(text);
            int index = source.offsetOfCodePoint(unreadable.getPosition());
            lines.errorInText(source.lineOf(index), source.columnOf(index),
                    NOT_YAML + "the file holds a control character (U+" + String.format(java.util.Locale.ROOT, "%04X", unreadable.getCodePoint())
                            + ") that YAML does not allow. Remove it (a text editor can show invisible characters).");
        } else if (find(e, InputCoercionException.class) != null) {
            lines.error(lines.line(at), 0, "a number here is too large. Check the value: years are written like 2014.");
        } else if (find(e, NumberFormatException.class) != null) {
            lines.error(lines.line(at), 0, "this value is YAML's infinity or not-a-number (`.inf`, `.nan`), which no "
                    + "field can hold. Write a number in digits, or put text in quotes.");
        } else if (find(e, StreamConstraintsException.class) != null) {
            lines.error(lines.line(at), 0, "this file nests groups and lists too deeply, or holds a value too long "
                    + "to read. Compare it with docs/content-reference.md.");
        } else {
            lines.error(lines.line(at), 0, "this cannot be read here. Compare the file with docs/content-reference.md.");
        }
    }

    private static final String GENERIC = "YAML cannot read this. Check the indentation of this line, and put "
            + "values that contain `: ` or ` #`, or start with a symbol, in quotes: \"...\".";

    /** A message and where it belongs: 1-based line and column of the YAML text. */
    private record Located(int line, int column, String message) {
        Located(Mark mark, String message) {
            this(mark.getLine() + 1, mark.getColumn() + 1, message);
        }
    }

    /** The scanner failed inside a token: which token it was reading says what went wrong. */
    private static Located scanner(MarkedYAMLException y, YamlText source) {
        Mark problem = y.getProblemMark();
        Mark context = y.getContextMark();
        int c = source.at(problem);
        if (context != null) {
            int start = source.at(context);
            if (start == '"' || start == '\'') {
                if (source.atEnd(problem)) {
                    return new Located(context, "the quote that opens here is never closed. Add the closing quote "
                            + "at the end of the value.");
                }
                if (start == '"' && source.before(problem) == '\\') {
                    return new Located(problem.getLine() + 1, problem.getColumn(), "`\\" + Character.toString(c)
                            + "` is not something YAML reads inside double quotes. Write `\\\\` for a backslash, "
                            + "or put the value in single quotes: '...'.");
                }
                return new Located(problem, GENERIC);
            }
            if (start == '&' || start == '*') {
                return new Located(context, "a value that starts with `" + Character.toString(start) + "` is a YAML "
                        + "anchor or alias, which content files do not use. Put the whole value in quotes: \"...\".");
            }
            if (start == '!' || start == '%') {
                return new Located(context, "a value cannot start with `" + Character.toString(start)
                        + "`. Put the whole value in quotes: \"...\".");
            }
            if (start == '|' || start == '>') {
                return new Located(problem, "after `" + Character.toString(start) + "`, the text starts on the "
                        + "next line, indented. Move it there.");
            }
            if (problem.getLine() > context.getLine()) {
                return new Located(context, "this line has no `: ` after the field's name. Write the field as "
                        + "`name: value`, with a space after the colon.");
            }
        }
        if (c == '\t') {
            return new Located(problem, source.indentation(problem)
                    ? "this line starts with a tab. YAML is indented with spaces only: replace the tab with spaces."
                    : "a tab where YAML expects a value. Replace the tab with a space.");
        }
        if (c == ':') {
            if (!source.indented(problem) || !source.firstColonOfLine(problem)) {
                return new Located(problem, "a `: ` inside a value. Put the whole value in quotes: \"...\".");
            }
            return new Located(problem.getLine() + 1, source.firstColumn(problem), "this line is indented more than "
                    + "the field above it, so YAML reads it as more of that field's value and then finds a `: `. If it "
                    + "is a field, start it in the same column as the field above it; if it is text, put the whole "
                    + "value in quotes: \"...\".");
        }
        if (c >= 0 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
            return new Located(problem, "a value cannot start with `" + Character.toString(c) + "`. Put the whole "
                    + "value in quotes: \"...\".");
        }
        return new Located(problem, GENERIC);
    }

    /** The parser found a token where the structure does not allow it. */
    private static Located parser(MarkedYAMLException y, YamlText source, JsonLocation lastValue) {
        Mark problem = y.getProblemMark();
        Mark context = y.getContextMark();
        int c = source.at(problem);
        int open = context == null ? -1 : source.at(context);
        if ((open == '[' || open == '{') && (source.atEnd(problem) || problem.getLine() > context.getLine())) {
            String close = open == '[' ? "]" : "}";
            return new Located(context, "the `" + Character.toString(open) + "` that opens here is never closed. "
                    + "Add the closing `" + close + "`.");
        }
        int quote = lastValue == null ? -1 : source.at(lastValue.getLineNr() - 1, lastValue.getColumnNr() - 1);
        int closing = source.beforeSpaces(problem);
        if ((quote == '"' || quote == '\'') && closing >= 0 && source.at(problem.getLine(), closing) == quote) {
            String q = Character.toString(quote);
            if (lastValue.getLineNr() - 1 < problem.getLine()) {
                return new Located(lastValue.getLineNr(), lastValue.getColumnNr(), "the quote that opens here is not "
                        + "closed on this line, so YAML reads on to the next " + q + " (on line " + (problem.getLine() + 1)
                        + "). Close the quote at the end of the value.");
            }
            return new Located(problem.getLine() + 1, closing + 1, "more text follows the closing " + q + " of this "
                    + "value. " + (quote == '"' ? "To write \" inside a value, put the whole value in single quotes: '...'."
                    : "To write ' inside a value in single quotes, write it twice (''), or put the whole value in "
                    + "double quotes: \"...\"."));
        }
        if (c == '-') {
            return new Located(problem, "a list item (`- `) among fields. Write the list under its field, with the "
                    + "items indented on the lines below it: `networks:` and then `  - early-learning`.");
        }
        if (c == ']' || c == '}') {
            return new Located(problem, "this `" + Character.toString(c) + "` closes nothing. Remove it, or add the `"
                    + (c == ']' ? "[" : "{") + "` that opens it.");
        }
        return new Located(problem, "this line is not indented like the lines around it. Fields of one group start "
                + "in the same column; a list item starts with `- `.");
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
