package io.impactsite.load;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/**
 * The text of a YAML file, addressed the way SnakeYAML's marks address it: 0-based lines (broken at
 * LF, CR LF, a lone CR, NEL, LS and PS) and 0-based columns counted in code points, a byte order
 * mark not counted. Used only once reading has failed, to look at the characters at its marks.
 */
final class YamlText {
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    YamlText(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
            if (c == '\n' || lone || c == '\u0085' || c == '\u2028' || c == '\u2029') lineStarts.add(i + 1);
        }
    }

    /** The character offset of a line and column; -1 past the end of the line or the text. */
    int offset(int line, int column) {
        if (line < 0 || line >= lineStarts.size() || column < 0) return -1;
        int i = lineStarts.get(line);
        if (i == 0 && text.startsWith("\uFEFF")) i = 1;
        int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : text.length();
        for (int n = 0; n < column && i < end; n++) i += Character.charCount(text.codePointAt(i));
        return i < end ? i : -1;
    }

    /** The code point at a place; -1 where there is none. */
    int at(int line, int column) {
        int i = offset(line, column);
        return i < 0 ? -1 : text.codePointAt(i);
    }

    int at(Mark mark) {
        return at(mark.getLine(), mark.getColumn());
    }

    /** The code point just before a mark on its line; -1 at the start of the line. */
    int before(Mark mark) {
        return mark.getColumn() == 0 ? -1 : at(mark.getLine(), mark.getColumn() - 1);
    }

    /** Whether nothing but white space follows the mark. */
    boolean atEnd(Mark mark) {
        if (mark.getLine() >= lineStarts.size()) return true;
        int i = offset(mark.getLine(), mark.getColumn());
        if (i < 0) i = mark.getLine() + 1 < lineStarts.size() ? lineStarts.get(mark.getLine() + 1) : text.length();
        return text.substring(i).isBlank();
    }

    /** The column of the last character before the mark, on its line, that is not a space; -1 if none. */
    int beforeSpaces(Mark mark) {
        for (int column = mark.getColumn() - 1; column >= 0; column--) {
            int c = at(mark.getLine(), column);
            if (c != ' ' && c != '\t') return column;
        }
        return -1;
    }

    /** Whether the mark's line starts with white space. */
    boolean indented(Mark mark) {
        int c = at(mark.getLine(), 0);
        return c == ' ' || c == '\t';
    }

    /** Whether only white space comes before the mark on its line. */
    boolean indentation(Mark mark) {
        return beforeSpaces(mark) < 0;
    }

    /** Whether the colon at the mark is the first `: ` of its line. */
    boolean firstColonOfLine(Mark mark) {
        for (int column = 0; column < mark.getColumn(); column++) {
            int next = at(mark.getLine(), column + 1);
            if (at(mark.getLine(), column) == ':' && (next == ' ' || next == '\t' || next < 0)) return false;
        }
        return true;
    }

    /** The 1-based column of the first character of the mark's line that is not a space. */
    int firstColumn(Mark mark) {
        int column = 0;
        while (at(mark.getLine(), column) == ' ' || at(mark.getLine(), column) == '\t') column++;
        return column + 1;
    }

    /** The character offset of the n-th code point of the text. */
    int offsetOfCodePoint(int n) {
        int count = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(n, count)));
    }

    /** The 1-based column of a character offset, in code points. */
    int columnOf(int offset) {
        int start = lineStarts.get(lineOf(offset) - 1);
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** The 1-based line of a character offset. */
    int lineOf(int offset) {
        int line = 0;
        while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) line++;
        return line + 1;
    }
}
