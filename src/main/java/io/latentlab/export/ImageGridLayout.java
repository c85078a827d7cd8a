package io.latentlab.export;

import io.latentlab.data.BadInputException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How an image grid is laid out on a PNG: images to a row, screen pixels per image pixel (a whole
 * factor, no smoothing), the gap around and between images, and the colour of that gap. Written
 * into an exported PNG's metadata as {@code columns=8,scale=2,padding=2,background=606060}.
 *
 * @param columns    images a row, 1 or more
 * @param scale      screen pixels per image pixel, 1..{@value #MAX_SCALE}
 * @param padding    gap around and between images in screen pixels, 0..{@value #MAX_PADDING}
 * @param background the gap's colour, 0xRRGGBB
 */
public record ImageGridLayout(int columns, int scale, int padding, int background) {

    public static final int MAX_SCALE = 16;
    public static final int MAX_PADDING = 64;
    /** The grey between images that {@link ImageGridImage} has always drawn. */
    public static final int GAP_GREY = 0x606060;

    public ImageGridLayout {
        if (columns < 1 || scale < 1 || scale > MAX_SCALE || padding < 0 || padding > MAX_PADDING
                || (background & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("a grid needs 1 or more columns, scale 1.." + MAX_SCALE + ", padding 0.."
                    + MAX_PADDING + " and a background 0xRRGGBB; got " + columns + ", " + scale + ", " + padding + ", "
                    + Integer.toHexString(background));
        }
    }

    /** The usual look: scale {@value ImageGridImage#SCALE}, gap {@value ImageGridImage#GAP}, grey gap. */
    public static ImageGridLayout of(int columns) {
        return new ImageGridLayout(columns, ImageGridImage.SCALE, ImageGridImage.GAP, GAP_GREY);
    }

    public ImageGridLayout withColumns(int value) {
        return new ImageGridLayout(value, scale, padding, background);
    }

    /** Whether the background is a grey (red, green and blue equal): the PNG then stays greyscale. */
    public boolean greyBackground() {
        int r = background >> 16 & 0xFF;
        return r == (background >> 8 & 0xFF) && r == (background & 0xFF);
    }

    /** {@code 606060}: as {@code --background} takes it and the metadata records it. */
    public String backgroundHex() {
        return String.format(Locale.ROOT, "%06x", background);
    }

    /** {@code columns=8,scale=2,padding=2,background=606060}. */
    public String text() {
        return "columns=" + columns + ",scale=" + scale + ",padding=" + padding + ",background=" + backgroundHex();
    }

    /** The layout {@link #text()} wrote. */
    public static ImageGridLayout parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        try {
            return new ImageGridLayout(Integer.parseInt(values.get("columns")), Integer.parseInt(values.get("scale")),
                    Integer.parseInt(values.get("padding")), colour(values.get("background")));
        } catch (RuntimeException e) {
            throw new BadInputException("cannot read the grid layout '" + text + "': expected columns=C,scale=S,padding=P,background=RRGGBB");
        }
    }

    /**
     * A colour as {@code RRGGBB} or {@code #RRGGBB} hex, or a few names ({@code black}, {@code white},
     * {@code grey}); null when {@code text} is none of these.
     */
    public static Integer colourOrNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "black":
                return 0x000000;
            case "white":
                return 0xFFFFFF;
            case "grey", "gray":
                return GAP_GREY;
            default:
                break;
        }
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        return t.matches("[0-9a-f]{6}") ? Integer.parseInt(t, 16) : null;
    }

    private static int colour(String text) {
        Integer c = colourOrNull(text);
        if (c == null) {
            throw new IllegalArgumentException("not a colour: " + text);
        }
        return c;
    }
}
