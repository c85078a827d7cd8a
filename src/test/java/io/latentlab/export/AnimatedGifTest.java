package io.latentlab.export;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A GIF has a frame per picture, loops forever, keeps the delay and each grey level exactly. */
class AnimatedGifTest {

    @Test
    void framesLoopAndKeepTheirGreys() throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            frames.add(ImageGridImage.draw(new float[] {f / 4f, 1f, 0f, 37 / 255f}, 1, 2, 2, new ImageGridLayout(1, 3, 1, 0x606060)));
        }
        AnimatedGif.Read gif = AnimatedGif.read(AnimatedGif.encode(frames, 8));
        assertEquals(5, gif.frames().size());
        assertTrue(gif.loops());
        assertEquals(8, gif.delayCs());
        for (int f = 0; f < 5; f++) {
            BufferedImage frame = gif.frames().get(f);
            assertEquals(frames.get(f).getWidth(), frame.getWidth());
            assertEquals(Math.round(255 * f / 4f), frame.getRGB(1, 1) & 0xFF);
            assertEquals(37, frame.getRGB(1 + 3, 1 + 3) & 0xFF);
            assertEquals(0x606060, frame.getRGB(0, 0) & 0xFFFFFF);
        }
    }

    @Test
    void aColouredBackgroundKeepsItsColour() throws IOException {
        BufferedImage frame = ImageGridImage.draw(new float[] {1f, 0f, 0.5f, 0f}, 1, 2, 2, new ImageGridLayout(1, 2, 2, 0x0072b2));
        BufferedImage back = AnimatedGif.read(AnimatedGif.encode(List.of(frame, frame), 10)).frames().get(1);
        assertEquals(0x0072b2, back.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xFFFFFF, back.getRGB(2, 2) & 0xFFFFFF);
        assertEquals(0x000000, back.getRGB(4, 2) & 0xFFFFFF);
    }
}
