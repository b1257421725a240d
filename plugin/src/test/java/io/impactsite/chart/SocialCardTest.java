package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The social card: 1200 x 630, the same bytes every time on one JDK, no metadata, any text. */
class SocialCardTest {

    private static LineData data() {
        List<BigDecimal> values = Arrays.asList(new BigDecimal("42.0"), new BigDecimal("44.5"), null, new BigDecimal("51.8"),
                null, null);
        return new LineData(List.of("2016", "2018", "2020", "2024", "2026", "2030"), 1,
                List.of(new LineData.Line("line-1", "All", values, 1, true, true)),
                new LineData.Target(5, new BigDecimal("65"), "Target 2030: 65%"), null, new LineData.Baseline(0, "Baseline 2016"),
                "%", Scale.Bounds.PERCENT, Markers.NONE);
    }

    private static SocialCard card(String title, LineData data) {
        return new SocialCard("Riverbend C2C", title, "51.8%", "Latest (2024)", "\u2197 Acceleration needed",
                "acceleration-needed", "Target 2030: 65.0%", "example.org/riverbend", data, new NumberStyle(Locale.US, true));
    }

    private static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void isA1200By630PngWithTheSameBytesEveryTime() throws Exception {
        byte[] first = card("Kindergarten readiness", data()).png();
        byte[] second = card("Kindergarten readiness", data()).png();
        assertArrayEquals(first, second, "two drawings of one card");
        BufferedImage image = read(first);
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertNotEquals(first.length, card("Kindergarten readiness", null).png().length, "the chart is drawn");
    }

    /** Only the chunks of the image itself: no tIME (a timestamp), no text chunks, nothing that could differ between builds. */
    @Test
    void carriesNoMetadata() {
        byte[] png = card("Kindergarten readiness", data()).png();
        StringBuilder chunks = new StringBuilder();
        for (int at = 8; at < png.length; ) {
            int length = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8) | (png[at + 3] & 0xff);
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (!type.equals("IDAT") || !chunks.toString().endsWith("IDAT ")) chunks.append(type).append(' ');
            at += 12 + length;
        }
        assertEquals("IHDR IDAT IEND", chunks.toString().strip());
    }

    /** A long title wraps and is cut with an ellipsis; text the card's font lacks falls back to the JDK's font. */
    @Test
    void drawsLongTitlesAndAnyScript() throws Exception {
        String long_ = "Share of young adults aged 16 to 24 in the county who are neither enrolled in school nor working "
                + "nor in training of any kind, by district and by the income of their household";
        assertEquals(1200, read(card(long_, data()).png()).getWidth());
        assertEquals(630, read(card("Доля детей, готовых к школе · 学校准备", data()).png()).getHeight());
        assertTrue(SocialCard.wrap(long_, java.awt.Font.decode(null).deriveFont(42f), 1072).size() > 2);
    }
}
