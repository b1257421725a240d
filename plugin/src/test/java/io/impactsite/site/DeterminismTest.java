package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same content, same bytes: two builds of the example give identical trees (rendering runs in parallel). */
class DeterminismTest {

    @Test
    void buildingTheExampleTwiceGivesByteIdenticalTrees(@TempDir Path first, @TempDir Path second) throws Exception {
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(ExampleSite.CONTENT, first.resolve("site")));
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(ExampleSite.CONTENT, second.resolve("site")));
        Map<String, String> a = SafetyTest.tree(first.resolve("site"));
        Map<String, String> b = SafetyTest.tree(second.resolve("site"));
        assertTrue(a.size() > 100, "files in the example site: " + a.size());
        assertEquals(a.keySet(), b.keySet(), "the two builds wrote different files");
        List<String> differ = a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k))).toList();
        assertEquals(List.of(), differ, "files whose bytes differ between two builds");
    }
}
