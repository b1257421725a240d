package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngTest {

    @Test
    void givesBackEveryPixelAsImageIoReadsIt() throws Exception {
        BufferedImage image = new BufferedImage(37, 11, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, random.nextInt(0x1000000));
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
        assertEquals(37, back.getWidth());
        assertEquals(11, back.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        assertArrayEquals(Png.encode(image), Png.encode(image), "the same pixels, the same bytes");
    }

    @Test
    void refusesAnImageItWouldMisread() {
        assertThrows(IllegalArgumentException.class, () -> Png.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)));
    }
}
