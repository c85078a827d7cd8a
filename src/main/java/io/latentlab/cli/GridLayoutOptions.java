package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.ImageGridImage;
import io.latentlab.export.ImageGridLayout;
import picocli.CommandLine.Option;

/**
 * The options that lay an image grid out on a PNG, shared by {@code sample} and {@code interpolate}
 * (a picocli mixin): {@code --columns}, {@code --scale}, {@code --padding}, {@code --background}.
 */
final class GridLayoutOptions {

    @Option(names = "--columns", paramLabel = "C", description = "Images a row of a PNG (default: a near-square grid; a strip: one row).")
    Integer columns;

    @Option(names = "--scale", paramLabel = "X",
            description = "Screen pixels per image pixel, a whole number 1..16 (default " + ImageGridImage.SCALE + ").")
    Integer scale;

    @Option(names = "--padding", paramLabel = "P",
            description = "Pixels around and between images, 0..64 (default " + ImageGridImage.GAP + ").")
    Integer padding;

    @Option(names = "--background", paramLabel = "RRGGBB",
            description = "Colour around the images: hex RRGGBB, or black, white, grey (default 606060).")
    String background;

    /** The layout these options give, with {@code defaultColumns} when {@code --columns} is not given. */
    ImageGridLayout layout(int defaultColumns) {
        return layout(ImageGridLayout.of(Math.max(1, defaultColumns)));
    }

    /** The layout these options give, taking what they leave out from {@code defaults} (e.g. the layout of a PNG read). */
    ImageGridLayout layout(ImageGridLayout defaults) {
        int scale = this.scale == null ? defaults.scale() : this.scale;
        int padding = this.padding == null ? defaults.padding() : this.padding;
        String background = this.background == null ? defaults.backgroundHex() : this.background;
        Integer colour = ImageGridLayout.colourOrNull(background);
        if (colour == null) {
            throw new BadInputException("--background " + background + " is not a colour: give hex RRGGBB (e.g. 000000 for black, "
                    + "ffffff for white) or black, white, grey");
        }
        if (columns != null && columns < 1) {
            throw new BadInputException("--columns must be 1 or more, got " + columns);
        }
        if (scale < 1 || scale > ImageGridLayout.MAX_SCALE) {
            throw new BadInputException("--scale must be a whole number 1.." + ImageGridLayout.MAX_SCALE + ", got " + scale);
        }
        if (padding < 0 || padding > ImageGridLayout.MAX_PADDING) {
            throw new BadInputException("--padding must be 0.." + ImageGridLayout.MAX_PADDING + " pixels, got " + padding);
        }
        return new ImageGridLayout(columns == null ? defaults.columns() : columns, scale, padding, colour);
    }
}
