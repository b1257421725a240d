package io.impactsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static FrontMatter split(String text) {
        return FrontMatter.split(text).orElseThrow(() -> new AssertionError("no front matter in " + text));
    }

    @Test
    void splitsTheYamlFromTheBody() {
        FrontMatter fm = split("---\ntitle: Hello\n---\nThe body.\n");
        assertEquals("title: Hello", fm.yaml());
        assertEquals("The body.\n", fm.body());
    }

    @Test
    void theBodyStartsOnTheLineAfterTheClosingLine() {
        assertEquals(5, split("---\ntitle: Hello\ntags: [a]\n---\nThe body.\n").bodyLine());
    }

    @Test
    void yamlLineNumbersAreOffsetByTheOpeningLine() {
        assertEquals(1, split("---\ntitle: Hello\n---\n").yamlLine());
    }

    @Test
    void windowsLineEndingsAreFine() {
        FrontMatter fm = split("---\r\ntitle: Hello\r\n---\r\nThe body.\r\n");
        assertEquals("title: Hello", fm.yaml());
        assertEquals("The body.\r\n", fm.body());
        assertEquals(4, fm.bodyLine());
    }

    @Test
    void aByteOrderMarkIsFine() {
        assertEquals("title: Hello", split("\uFEFF---\ntitle: Hello\n---\nBody").yaml());
    }

    @Test
    void threeDotsCloseTheFrontMatterToo() {
        FrontMatter fm = split("---\ntitle: Hello\n...\nThe body.");
        assertEquals("title: Hello", fm.yaml());
        assertEquals("The body.", fm.body());
    }

    @Test
    void emptyFrontMatterIsFrontMatter() {
        FrontMatter fm = split("---\n---\nThe body.");
        assertEquals("", fm.yaml());
        assertEquals("The body.", fm.body());
    }

    @Test
    void aFileWithoutFrontMatterHasNone() {
        assertTrue(FrontMatter.split("# Title\n\nJust Markdown.\n").isEmpty());
    }

    @Test
    void frontMatterThatIsNeverClosedIsNone() {
        assertTrue(FrontMatter.split("---\ntitle: Hello\n\nThe body.\n").isEmpty());
    }

    @Test
    void aRuleLaterInTheFileIsNotFrontMatter() {
        assertTrue(FrontMatter.split("Intro\n---\ntitle: x\n---\n").isEmpty());
    }

    @Test
    void theBodyMayContainRules() {
        assertEquals("One\n\n---\n\nTwo\n", split("---\ntitle: Hello\n---\nOne\n\n---\n\nTwo\n").body());
    }
}
