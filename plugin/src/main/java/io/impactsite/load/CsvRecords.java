package io.impactsite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.impactsite.problem.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The records of a CSV file as Jackson's CSV parser reads them, one at a time (a large file is never
 * held twice), each with the line it starts on and which of its cells had spaces around them. Lines
 * and cells come from the parser's token locations: blank lines and quoted line breaks are counted.
 */
final class CsvRecords {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private CsvRecords() {}

    /** Receives each record in turn; the first is the header. */
    interface Sink {
        /**
         * @param line   the line the record starts on
         * @param cells  its cells, without the spaces around them
         * @param padded the cells that had spaces around them; null when none had
         */
        void record(int line, String[] cells, BitSet padded);
    }

    /** Reads every record into the sink; false after reporting a file that is not readable CSV. */
    static boolean read(String csv, String file, Sink sink, Problems problems) {
        List<String> cells = new ArrayList<>();
        // where the parser was after the last record it read: an unclosed quote opens after it
        long after = 0;
        try (CsvParser p = (CsvParser) MAPPER.createParser(csv)) {
            int line = 0;
            BitSet padded = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    cells.clear();
                    line = 0;
                    padded = null;
                } else if (t == JsonToken.VALUE_STRING) {
                    JsonLocation at = p.currentTokenLocation();
                    String cell = p.getText();
                    int offset = (int) at.getCharOffset();
                    if (line == 0) line = at.getLineNr();
                    if (!cell.isEmpty() && padded(csv, offset, cell)) {
                        if (padded == null) padded = new BitSet();
                        padded.set(cells.size());
                    }
                    cells.add(cell);
                } else if (t == JsonToken.END_ARRAY) {
                    if (line > 0) sink.record(line, cells.toArray(String[]::new), padded);
                    line = 0;
                    after = Math.max(after, p.currentLocation().getCharOffset());
                }
            }
            return true;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            boolean atEnd = at == null || at.getCharOffset() < 0 || csv.substring((int) Math.min(at.getCharOffset(),
                    csv.length())).isBlank();
            int from = (int) Math.min(after, csv.length());
            int quote = csv.indexOf('"', from);
            if (atEnd && quote >= 0) {
                // The parser read to the end looking for the quote that closes a value: it opened after the last cell read.
                problems.error(file, 1 + newlines(csv, 0, quote), "a quote (\") opens a value on this line "
                        + "and is never closed. Close it after the value, or remove it.");
            } else {
                problems.error(file, at == null || at.getLineNr() <= 0 ? 1 + newlines(csv, 0, from) : at.getLineNr(),
                        "a value in quotes must be followed by `,` "
                        + "or the end of the line. To write a quote inside a value, put the whole value in quotes and "
                        + "double the quote inside, such as \"the \"\"best\"\" year\".");
            }
            return false;
        } catch (IOException e) {
            problems.error(file, 0, "cannot be read as CSV (" + e.getClass().getSimpleName() + ").");
            return false;
        }
    }

    /**
     * Whether a cell had spaces around it, from where the parser says it starts: a space before it, or
     * after it when it is not quoted (the parser trims them, so its text is the cell as written within).
     */
    private static boolean padded(String csv, int offset, String cell) {
        if (isSpace(cell.charAt(0)) || isSpace(cell.charAt(cell.length() - 1))) return true;
        if (offset <= 0 || offset >= csv.length()) return false;
        if (isSpace(csv.charAt(offset - 1))) return true;
        int end = offset + cell.length();
        return csv.charAt(offset) != '"' && end < csv.length() && isSpace(csv.charAt(end));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static int newlines(String csv, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            if (csv.charAt(i) == '\n') n++;
        }
        return n;
    }
}
