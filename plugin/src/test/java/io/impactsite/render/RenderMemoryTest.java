package io.impactsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderMemoryTest {
    record View(String title, List<String> items) {}

    @Test
    void anEqualModelGivesTheLastBytesAndAnotherIsRendered() {
        RenderMemory memory = new RenderMemory();
        AtomicInteger renders = new AtomicInteger();
        byte[] first = memory.bytes("a/index.html", new View("A", List.of("x")), () -> render(renders, "A x"));
        byte[] again = memory.bytes("a/index.html", new View("A", List.of("x")), () -> render(renders, "never"));
        assertEquals(1, renders.get(), "an equal model is not rendered again");
        assertArrayEquals(first, again);
        byte[] changed = memory.bytes("a/index.html", new View("A", List.of("x", "y")), () -> render(renders, "A x y"));
        assertEquals("A x y", new String(changed, StandardCharsets.UTF_8));
        memory.bytes("b/index.html", new View("A", List.of("x", "y")), () -> render(renders, "B"));
        assertEquals(3, renders.get(), "each file keeps its own model");
    }

    private static byte[] render(AtomicInteger renders, String text) {
        renders.incrementAndGet();
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
