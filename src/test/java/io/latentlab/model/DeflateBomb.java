package io.latentlab.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A zip whose entries inflate to far more than they take: raw deflate written by hand as one
 * fixed-Huffman block of one literal byte followed by (length 258, distance 1) copies, 13 bits per
 * 258 bytes, so 1 GiB takes 6.5 MB and is made in milliseconds (a {@code Deflater} needs seconds).
 * The zip's sizes and CRCs are honest: the reader must stop on what it counts, not on what it is told.
 */
public final class DeflateBomb {

    private DeflateBomb() {
    }

    /** Raw deflate of {@code size} copies of {@code value} (below 144, as the fixed code has it in 8 bits). */
    public static byte[] deflate(byte value, long size) {
        Bits bits = new Bits();
        bits.lsbFirst(1, 1);          // BFINAL
        bits.lsbFirst(1, 2);          // BTYPE 01: fixed Huffman
        bits.msbFirst(0x30 + value, 8); // the literal
        long copies = (size - 1) / 258;
        long rest = (size - 1) % 258;
        long periods = copies / 8 - 1; // 8 copies are 104 bits, 13 whole bytes: after the first 8, repeat their bytes
        for (long i = 0; i < copies; i++) {
            if (i == 8 && periods > 0) {
                bits.repeatLast(13, periods);
                i += 8 * periods - 1;
                continue;
            }
            bits.msbFirst(0b11000101, 8); // length code 285: 258 bytes
            bits.msbFirst(0, 5);          // distance code 0: 1 back
        }
        for (long i = 0; i < rest; i++) {
            bits.msbFirst(0x30 + value, 8);
        }
        bits.msbFirst(0, 7);          // end of block (256)
        return bits.bytes();
    }

    /**
     * A zip of the given entries: each value either stored bytes ({@code byte[]}) or a bomb
     * ({@code long[] {value, size}}) deflated by hand.
     */
    public static byte[] zip(Map<String, Object> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        int count = 0;
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] data;
            long size;
            long crc;
            int method;
            if (e.getValue() instanceof long[] bomb) {
                data = deflate((byte) bomb[0], bomb[1]);
                size = bomb[1];
                crc = crcOfRepeated((byte) bomb[0], size);
                method = 8;
            } else {
                data = (byte[]) e.getValue();
                size = data.length;
                CRC32 c = new CRC32();
                c.update(data);
                crc = c.getValue();
                method = 0;
            }
            int offset = out.size();
            ByteBuffer local = header(30 + name.length, 0x04034b50);
            local.putShort((short) 20).putShort((short) 0).putShort((short) method).putInt(0)
                    .putInt((int) crc).putInt(data.length).putInt((int) size).putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(local.array());
            out.writeBytes(data);
            ByteBuffer dir = header(46 + name.length, 0x02014b50);
            dir.putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) method).putInt(0)
                    .putInt((int) crc).putInt(data.length).putInt((int) size).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).put(name);
            central.writeBytes(dir.array());
            count++;
        }
        int dirOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = header(22, 0x06054b50);
        end.putShort((short) 0).putShort((short) 0).putShort((short) count).putShort((short) count)
                .putInt(central.size()).putInt(dirOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer header(int length, int signature) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN).putInt(signature);
    }

    private static long crcOfRepeated(byte value, long size) {
        CRC32 crc = new CRC32();
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, value);
        for (long done = 0; done < size; done += block.length) {
            crc.update(block, 0, (int) Math.min(block.length, size - done));
        }
        return crc.getValue();
    }

    /** Deflate's bit order: fields least significant bit first, Huffman codes most significant bit first. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void lsbFirst(int value, int n) {
            for (int i = 0; i < n; i++) {
                bit((value >> i) & 1);
            }
        }

        void msbFirst(int code, int n) {
            for (int i = n - 1; i >= 0; i--) {
                bit((code >> i) & 1);
            }
        }

        private void bit(int b) {
            current |= b << used;
            if (++used == 8) {
                out.write(current);
                current = 0;
                used = 0;
            }
        }

        /** Writes the last {@code n} whole bytes again {@code times} times; the partial byte stays as it is. */
        void repeatLast(int n, long times) {
            byte[] all = out.toByteArray();
            byte[] last = java.util.Arrays.copyOfRange(all, all.length - n, all.length);
            for (long i = 0; i < times; i++) {
                out.write(last, 0, n);
            }
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
            }
            return out.toByteArray();
        }
    }
}
