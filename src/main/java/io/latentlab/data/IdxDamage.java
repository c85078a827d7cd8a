package io.latentlab.data;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How an IDX file's problems are worded: one line naming the file, what is wrong (with the
 * numbers expected and found) and what to do, as {@link IdxFile} reports them.
 */
final class IdxDamage {

    private IdxDamage() {
    }

    static BadInputException truncatedGzipHeader(String name, long size) {
        return new BadInputException(name + " is truncated: only " + IdxFile.thousands(size) + " bytes, too few for its gzip header"
                + "; download it again");
    }

    static BadInputException truncated(String name, String after, long expected, long found, String context) {
        return new BadInputException(name + " is truncated: expected " + IdxFile.thousands(expected) + " bytes" + after + ", found "
                + IdxFile.thousands(found) + " (" + context + "); download it again");
    }

    static String wrongMagic(String name, boolean gzip, byte[] head) {
        int magic = java.nio.ByteBuffer.wrap(head).getInt();
        String hex = String.format(Locale.ROOT, "0x%08X", magic);
        String found = printable(head) ? "it starts with the text \"" + new String(head, StandardCharsets.US_ASCII)
                + "\"" : "its magic number is " + hex;
        return name + " is not an IDX image or label file" + (gzip ? " (inside its gzip)" : "") + ": " + found
                + ", not 2051 (0x00000803, images) or 2049 (0x00000801, labels); download it again or choose the "
                + "-images-idx3-ubyte or -labels-idx1-ubyte file";
    }

    static boolean printable(byte[] b) {
        for (byte c : b) {
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
