package io.impactsite.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown file into its YAML front matter and its body. Flexmark's front-matter visitor
 * hands back raw strings ({@code tags: [a, b]} as one string), so the YAML goes to Jackson instead.
 *
 * @param yaml      the text between the {@code ---} lines
 * @param yamlLine  the file line the YAML starts on, minus one (an offset to add to YAML line numbers)
 * @param body      the Markdown after the closing line
 * @param bodyLine  the file line the body starts on
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {
    private static final Pattern BLOCK =
            Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)(?:^|\\r?\\n)(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
                    Pattern.DOTALL | Pattern.MULTILINE);

    static Optional<FrontMatter> split(String text) {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) return Optional.empty();
        String yaml = m.group(1);
        int bodyLine = 1 + (int) text.substring(0, m.end()).chars().filter(c -> c == '\n').count();
        return Optional.of(new FrontMatter(yaml, 1, text.substring(m.end()), bodyLine));
    }
}
