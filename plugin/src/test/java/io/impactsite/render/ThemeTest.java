package io.impactsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which of a page's candidate templates renders it: the site's own for one page, else the general one. */
class ThemeTest {
    @TempDir Path templates;

    private String render(Theme theme, String... candidates) throws Exception {
        StringWriter out = new StringWriter();
        theme.render(List.of(candidates), Map.of("page", "x"), out);
        return out.toString();
    }

    @Test
    void aPageOwnTemplateWinsAndEveryOtherPageFallsBackToTheGeneralOne() throws Exception {
        Files.writeString(templates.resolve("goal.ftlh"), "every goal");
        Files.writeString(templates.resolve("goal-reading.ftlh"), "the reading goal");
        Theme theme = new Theme(templates);
        assertEquals("the reading goal", render(theme, "goal-reading.ftlh", "goal.ftlh"));
        assertEquals("every goal", render(theme, "goal-maths.ftlh", "goal.ftlh"));
    }

    @Test
    void theThemeGeneralTemplateServesWhenTheSiteHasNone() throws Exception {
        Files.writeString(templates.resolve("robots-special.ftl"), "own robots");
        Theme theme = new Theme(templates);
        assertEquals("own robots", render(theme, "robots-special.ftl", "robots.ftl"));
        // The theme's own template list is tried last; a missing general template is a bug, said plainly.
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> render(theme, "nothing-x.ftlh", "nothing.ftlh"));
        assertEquals("The theme has none of the templates [nothing-x.ftlh, nothing.ftlh]", e.getMessage());
    }

    @Test
    void aMissingTemplatesFolderIsNoSiteTemplates() throws Exception {
        Theme theme = new Theme(templates.resolve("absent"));
        assertThrows(IllegalStateException.class, () -> render(theme, "goal-reading.ftlh", "nothing.ftlh"));
    }
}
