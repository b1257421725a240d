package io.impactsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * Syntax errors are told apart by SnakeYAML's exception types and marks and the characters at the
 * marks, never by the wording of its messages: here every exception is made with words SnakeYAML
 * never uses, and each is still described as a person needs it. (What real files give is in the
 * bad-input corpus, cases {@code yaml-*}.)
 */
class YamlSyntaxTest {
    private static final String WORDS = "words no version of SnakeYAML uses";

    private static Mark mark(int line, int column) {
        return new Mark("test", 0, line, column, new int[0], 0);
    }

    /** The problem reported for a failure of the given type and marks in the text. */
    private static String described(String text, MarkedYAMLException e, JsonLocation lastValue) {
        Problems problems = new Problems();
        YamlSyntax.report(new JsonParseException(null, WORDS, e), text, lastValue,
                new YamlReader.Lines("partners/x.yml", 0, "", problems));
        return problems.errors().stream().map(Problem::toString).findFirst().orElse("");
    }

    private static String scanner(String text, Mark context, Mark problem) {
        return described(text, new ScannerException(WORDS, context, WORDS, problem), null);
    }

    private static String parser(String text, Mark context, Mark problem, JsonLocation lastValue) {
        return described(text, new ParserException(WORDS, context, WORDS, problem), lastValue);
    }

    @Test
    void aQuoteThatRunsToTheEndIsReportedWhereItOpens() {
        assertEquals("partners/x.yml:1:7: this is not valid YAML: the quote that opens here is never closed. Add the "
                + "closing quote at the end of the value.",
                scanner("name: \"Lakeside\nsector: education\n", mark(0, 6), mark(2, 0)));
    }

    @Test
    void aTabAtTheStartOfALine() {
        assertEquals("partners/x.yml:2:1: this is not valid YAML: this line starts with a tab. YAML is indented with "
                + "spaces only: replace the tab with spaces.", scanner("name: x\n\tsector: y\n", null, mark(1, 0)));
    }

    @Test
    void aColonInsideAValueAndALineIndentedTooFarAreToldApartByTheLine() {
        assertEquals("partners/x.yml:2:19: this is not valid YAML: a `: ` inside a value. Put the whole value in "
                + "quotes: \"...\".", scanner("name: x\ndescription: Books: for all\n", null, mark(1, 18)));
        assertEquals("partners/x.yml:3:3: this is not valid YAML: this line is indented more than the field above it, "
                + "so YAML reads it as more of that field's value and then finds a `: `. If it is a field, start it in "
                + "the same column as the field above it; if it is text, put the whole value in quotes: \"...\".",
                scanner("name: x\nsector: y\n  url: z\n", null, mark(2, 5)));
    }

    @Test
    void aKeyWithoutItsColon() {
        assertEquals("partners/x.yml:2:1: this is not valid YAML: this line has no `: ` after the field's name. Write "
                + "the field as `name: value`, with a space after the colon.",
                scanner("name: x\nsector y\nurl: z\n", mark(1, 0), mark(2, 0)));
    }

    @Test
    void anOpenBracketOrBrace() {
        assertEquals("partners/x.yml:2:11: this is not valid YAML: the `[` that opens here is never closed. Add the "
                + "closing `]`.", parser("name: x\nnetworks: [a, b\nsector: y\n", mark(1, 10), mark(2, 6), null));
        assertEquals("partners/x.yml:1:1: this is not valid YAML: the `{` that opens here is never closed. Add the "
                + "closing `}`.", parser("{a: 1\n", mark(0, 0), mark(1, 0), null));
    }

    @Test
    void aQuotedValueThatRunsOnToTheNextQuoteIsReportedWhereItOpens() {
        assertEquals("partners/x.yml:1:7: this is not valid YAML: the quote that opens here is not closed on this "
                + "line, so YAML reads on to the next \" (on line 3). Close the quote at the end of the value.",
                parser("name: \"Lake\nsector: y\nurl: \"https://x\"\n", mark(0, 0), mark(2, 6),
                        new JsonLocation(null, 6, 1, 7)));
    }

    @Test
    void aLineIndentedLessThanItsGroup() {
        assertEquals("partners/x.yml:4:4: this is not valid YAML: this line is not indented like the lines around it. "
                + "Fields of one group start in the same column; a list item starts with `- `.",
                parser("c:\n  - goal: a\n    title: b\n   kind: c\n", mark(1, 2), mark(3, 3), new JsonLocation(null, 0, 3, 12)));
    }

    @Test
    void theFileLineCountsTheFrontMatterBeforeTheYaml() {
        Problems problems = new Problems();
        YamlSyntax.report(new JsonParseException(null, WORDS, new ScannerException(null, null, WORDS, mark(1, 0))),
                "title: x\n\ttags: [a]\n", null, new YamlReader.Lines("updates/2024-01-01-a.md", 1, "", problems));
        assertEquals(List.of("updates/2024-01-01-a.md:3:1"), problems.errors().stream().map(Problem::location).toList());
    }
}
