package io.latentlab.export;

import org.w3c.dom.NamedNodeMap;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PNG files with text chunks, through javax.imageio's native PNG metadata tree
 * ({@value #FORMAT}): written as {@code tEXt} when the text is printable ASCII, {@code zTXt}
 * (compressed) when that text is long, and {@code iTXt} (UTF-8) otherwise; read back from all
 * three. No time chunk is written, so the same image and text make the same bytes.
 */
public final class PngTextChunks {

    static final String FORMAT = "javax_imageio_png_1.0";
    /** ASCII text longer than this is compressed. */
    static final int COMPRESS_OVER = 1024;

    private PngTextChunks() {
    }

    /** The PNG of {@code image} with {@code text} (keyword → text) in that order. */
    public static byte[] encode(BufferedImage image, Map<String, String> text) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(FORMAT, tree(text));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        } finally {
            writer.dispose();
        }
    }

    /**
     * The text chunks of a PNG, keyword → text, in file order.
     *
     * @throws IOException when {@code png} is not a PNG image
     */
    public static Map<String, String> read(byte[] png) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in, true, false);
            Node root = reader.getImageMetadata(0).getAsTree(FORMAT);
            Map<String, String> text = new LinkedHashMap<>();
            for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                String name = chunk.getNodeName();
                if (name.equals("tEXt") || name.equals("zTXt") || name.equals("iTXt")) {
                    for (Node entry = chunk.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                        NamedNodeMap a = entry.getAttributes();
                        String value = a.getNamedItem(name.equals("tEXt") ? "value" : "text").getNodeValue();
                        text.put(a.getNamedItem("keyword").getNodeValue(), value);
                    }
                }
            }
            return text;
        } catch (RuntimeException e) {
            throw new IOException("not a readable PNG image (" + e.getMessage() + ")", e);
        } finally {
            reader.dispose();
        }
    }

    private static IIOMetadataNode tree(Map<String, String> text) {
        IIOMetadataNode plain = new IIOMetadataNode("tEXt");
        IIOMetadataNode compressed = new IIOMetadataNode("zTXt");
        IIOMetadataNode international = new IIOMetadataNode("iTXt");
        for (Map.Entry<String, String> e : text.entrySet()) {
            String value = e.getValue();
            if (!printableAscii(value)) {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", value);
                international.appendChild(entry);
            } else if (value.length() > COMPRESS_OVER) {
                IIOMetadataNode entry = new IIOMetadataNode("zTXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("compressionMethod", "deflate");
                entry.setAttribute("text", value);
                compressed.appendChild(entry);
            } else {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("value", value);
                plain.appendChild(entry);
            }
        }
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        for (IIOMetadataNode chunk : new IIOMetadataNode[] {plain, compressed, international}) {
            if (chunk.getLength() > 0) {
                root.appendChild(chunk);
            }
        }
        return root;
    }

    private static boolean printableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c > 0x7E) && c != '\n') {
                return false;
            }
        }
        return true;
    }
}
