package io.latentlab.export;

import io.latentlab.data.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointsCsvTest {

    @Test
    void twoDimensionalRoundTripIsExact(@TempDir Path dir) throws Exception {
        float[] values = {0.1f, -2f, 1.23456789e-7f, 3.4e12f, (float) Math.PI, -0.0001f};
        Path file = dir.resolve("p.csv");
        PointsCsv.write(file, new Points(2, values));
        List<String> lines = Files.readAllLines(file);
        assertEquals("x,y", lines.get(0));
        assertEquals("0.100000001,-2", lines.get(1));
        assertEquals(4, lines.size());
        Points back = PointsCsv.read(file);
        assertEquals(2, back.dimension());
        assertEquals(3, back.count());
        assertArrayEquals(values, back.values());
    }

    @Test
    void oneDimensionalRoundTrip(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p1.csv");
        PointsCsv.write(file, new Points(1, new float[] {1.5f, -3f}));
        assertEquals(List.of("x", "1.5", "-3"), Files.readAllLines(file));
        Points back = PointsCsv.read(file);
        assertEquals(1, back.dimension());
        assertEquals(-3, back.min(0));
        assertEquals(1.5, back.max(0));
    }

    @Test
    void badRowsNameTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "x,y\n1,2\n3,abc\n");
        BadInputException e = assertThrows(BadInputException.class, () -> PointsCsv.read(file));
        assertTrue(e.getMessage().contains("bad.csv line 3: 'abc' is not a number"), e.getMessage());

        Files.writeString(file, "x,y\n1,2\n3\n");
        e = assertThrows(BadInputException.class, () -> PointsCsv.read(file));
        assertTrue(e.getMessage().contains("line 3: expected 2 numbers"), e.getMessage());

        Files.writeString(file, "a,b,c\n1,2,3\n");
        e = assertThrows(BadInputException.class, () -> PointsCsv.read(file));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());

        Files.writeString(file, "");
        e = assertThrows(BadInputException.class, () -> PointsCsv.read(file));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());

        e = assertThrows(BadInputException.class, () -> PointsCsv.read(dir.resolve("missing.csv")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void numbersAreCPrintfG9() {
        assertEquals("0.5", GFormat.g9(0.5));
        assertEquals("1", GFormat.g9(1));
        assertEquals("-2.5", GFormat.g9(-2.5));
        assertEquals("123456789", GFormat.g9(123456789));
        assertEquals("1.23456789e+09", GFormat.g9(1234567890));
        assertEquals("1e-05", GFormat.g9(1e-5));
        assertEquals("0.0001", GFormat.g9(1e-4));
        assertEquals("0.333333333", GFormat.g9(1.0 / 3));
        assertEquals("1e+100", GFormat.g9(1e100));
        assertEquals("0", GFormat.g9(0));
        assertEquals("nan", GFormat.g9(Double.NaN));
        assertEquals("-inf", GFormat.g9(Double.NEGATIVE_INFINITY));
        assertEquals("812.346", GFormat.g(812.3456, 6));
        assertEquals("1e+06", GFormat.g(999999.7, 6));
    }
}
