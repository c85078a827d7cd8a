package io.latentlab.export;

import org.w3c.dom.Node;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An animated GIF that loops forever (the NETSCAPE2.0 application extension, loop count 0),
 * written with javax.imageio's GIF writer: a latent walk, or the samples of a training run
 * through time. Frames are greyscale pictures, perhaps on a coloured background: a grey level
 * keeps its exact value in a 256-grey palette; with a coloured background, that colour takes one
 * palette entry and the greys the other 255.
 */
public final class AnimatedGif {

    /** The least delay a browser honours, in hundredths of a second. */
    public static final int MIN_DELAY_CS = 2;
    public static final int MAX_DELAY_CS = 1000;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {
    }

    /** The GIF of {@code frames} (all the same size), each shown {@code delayCs} hundredths of a second. */
    public static byte[] encode(List<BufferedImage> frames, int delayCs) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs 1 or more frames");
        }
        if (delayCs < MIN_DELAY_CS || delayCs > MAX_DELAY_CS) {
            throw new IllegalArgumentException("frame delay must be " + MIN_DELAY_CS + ".." + MAX_DELAY_CS
                    + " hundredths of a second, was " + delayCs);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            ImageWriteParam param = writer.getDefaultWriteParam();
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage indexed = indexed(frames.get(i));
                // new ImageTypeSpecifier(image), not createFromRenderedImage: that gives TYPE_BYTE_INDEXED's web palette, not ours
                IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(indexed), param);
                metadata.mergeTree(FORMAT, frameTree(indexed.getWidth(), indexed.getHeight(), delayCs, i == 0));
                writer.writeToSequence(new IIOImage(indexed, null, metadata), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The frames of a GIF, and whether it loops forever. */
    public record Read(List<BufferedImage> frames, boolean loops, int delayCs) {
    }

    /** Reads a GIF back: its frames, whether the NETSCAPE2.0 extension says loop forever, the first frame's delay. */
    public static Read read(byte[] gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in, false, false);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new java.util.ArrayList<>();
            boolean loops = false;
            int delay = -1;
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                Node root = reader.getImageMetadata(i).getAsTree(FORMAT);
                for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node.getNodeName().equals("GraphicControlExtension") && delay < 0) {
                        delay = Integer.parseInt(((IIOMetadataNode) node).getAttribute("delayTime"));
                    }
                    if (node.getNodeName().equals("ApplicationExtensions")) {
                        for (Node app = node.getFirstChild(); app != null; app = app.getNextSibling()) {
                            IIOMetadataNode ext = (IIOMetadataNode) app;
                            byte[] data = (byte[]) ext.getUserObject();
                            loops |= "NETSCAPE".equals(ext.getAttribute("applicationID")) && data != null && data.length == 3
                                    && data[0] == 1 && data[1] == 0 && data[2] == 0;
                        }
                    }
                }
            }
            return new Read(frames, loops, delay);
        } finally {
            reader.dispose();
        }
    }

    private static IIOMetadataNode frameTree(int width, int height, int delayCs, boolean first) {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode descriptor = new IIOMetadataNode("ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", "0");
        descriptor.setAttribute("imageTopPosition", "0");
        descriptor.setAttribute("imageWidth", Integer.toString(width));
        descriptor.setAttribute("imageHeight", Integer.toString(height));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(descriptor);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCs));
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (first) {
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode netscape = new IIOMetadataNode("ApplicationExtension");
            netscape.setAttribute("applicationID", "NETSCAPE");
            netscape.setAttribute("authenticationCode", "2.0");
            netscape.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, forever
            apps.appendChild(netscape);
            root.appendChild(apps);
        }
        return root;
    }

    /** The colour of the first pixel that is not a grey (the background), or black when all are grey. */
    private static int colouredPixel(BufferedImage frame) {
        for (int y = 0; y < frame.getHeight(); y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                int rgb = frame.getRGB(x, y) & 0xFFFFFF;
                if ((rgb >> 16) != (rgb >> 8 & 0xFF) || (rgb >> 8 & 0xFF) != (rgb & 0xFF)) {
                    return rgb;
                }
            }
        }
        return 0;
    }

    /** The frame with a palette: 256 greys, or one entry for a coloured background and 255 greys. */
    static BufferedImage indexed(BufferedImage frame) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        boolean grey = frame.getType() == BufferedImage.TYPE_BYTE_GRAY;
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        int background = grey ? 0 : colouredPixel(frame);
        for (int i = 0; i < 256; i++) {
            int level = grey ? i : i == 0 ? -1 : Math.round((i - 1) * 255f / 254f);
            r[i] = (byte) (level < 0 ? background >> 16 : level);
            g[i] = (byte) (level < 0 ? background >> 8 : level);
            b[i] = (byte) (level < 0 ? background : level);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, 256, r, g, b));
        WritableRaster target = out.getRaster();
        java.awt.image.Raster source = frame.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int index;
                if (grey) {
                    index = source.getSample(x, y, 0);
                } else {
                    int red = source.getSample(x, y, 0);
                    int green = source.getSample(x, y, 1);
                    int blue = source.getSample(x, y, 2);
                    index = (red << 16 | green << 8 | blue) == background ? 0 : 1 + Math.round(red * 254f / 255f);
                }
                target.setSample(x, y, 0, index);
            }
        }
        return out;
    }
}
