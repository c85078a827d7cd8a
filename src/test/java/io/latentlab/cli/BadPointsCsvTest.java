package io.latentlab.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad points CSVs through every door that reads one: {@code latentlab info FILE},
 * {@code density --in FILE} and {@code train --data FILE} each exit 2 with the same one line on
 * stderr, naming the file, the line and the fix. (The window has no points-CSV import: the toy
 * lab's own data is drawn with the brush, and a drawing travels inside its model file.)
 */
@Timeout(60)
class BadPointsCsvTest {

    @TempDir
    static Path dir;
    private static final List<Case> CASES = new ArrayList<>();

    record Case(String what, Path file, String says) {
        @Override
        public String toString() {
            return what;
        }
    }

    @BeforeAll
    static void makeTheFiles() throws IOException {
        add("empty", "", "empty.csv is empty; a points CSV starts with a header line such as x,y");
        add("only a header", "x,y\n", "only a header.csv has no points, only a header");
        add("cut in a line", "x,y\n1,2\n3", "line 3: expected 2 numbers separated by commas, found 1 field ('3')");
        add("cut after a comma", "x,y\n1,2\n3,", "line 3: '' is not a number");
        add("NaN", "x,y\n1,2\n0.5,NaN\n", "NaN.csv line 3: NaN is not a finite number; remove that point or give it a number");
        add("inf", "x,y\ninf,2\n", "inf.csv line 2: Infinity is not a finite number");
        add("minus Infinity in 1-D", "x\n1\n-Infinity\n", "line 3: -Infinity is not a finite number");
        add("beyond float", "x,y\n1e39,0\n", "line 2: 1e39 is too large for a point (beyond ±3.4e38); rescale the data");
        add("three columns", "x,y,z\n1,2,3\n", "line 1: the header has 3 columns; a points CSV has one (x) or two (x,y)");
        add("rows of 1 and 2 columns", "x,y\n1,2\n3,4\n5\n", "line 4: expected 2 numbers separated by commas, found 1 field ('5')");
        add("2 columns under a 1-column header", "x\n1\n2,3\n", "line 3: expected 1 number separated by commas, found 2 fields");
        add("no header", "1.5,2\n3,4\n", "line 1 is a point ('1.5,2'), not a header; add a header line such as x,y above the points");
        add("a word", "x,y\n1,two\n", "line 2: 'two' is not a number");
        byte[] noise = new byte[4096];
        new Random(6).nextBytes(noise);
        add("random bytes", noise, "random bytes.csv is not a text file");
        byte[] nul = new byte[2 << 20];
        add("2 MB of NUL bytes", nul, "line 1 is longer than 1,000 characters, so it is not a points CSV");
        char[] longRow = new char[5000];
        Arrays.fill(longRow, '1');
        add("a 5,000-digit number", "x\n" + new String(longRow) + "\n", "line 2 is longer than 1,000 characters");
    }

    private static void add(String what, String text, String says) throws IOException {
        add(what, text.getBytes(StandardCharsets.UTF_8), says);
    }

    private static void add(String what, byte[] bytes, String says) throws IOException {
        CASES.add(new Case(what, Files.write(dir.resolve(what + ".csv"), bytes), says));
    }

    static List<Case> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInOneLineThroughEveryDoor(Case bad) {
        String file = bad.file().toString();
        String line = oneLine(bad, CliRun.of("info", file));
        assertEquals(line, oneLine(bad, CliRun.of("density", "--in", file, "--kde", "--out", dir.resolve("d.csv").toString())),
                "density says what info says");
        assertEquals(line, oneLine(bad, CliRun.of("train", "--model", "gan", "--data", file, "--iterations", "1",
                "--out", dir.resolve("never.lab.zip").toString())), "train says what info says");
        assertTrue(line.startsWith(bad.file().getFileName() + " "), line);
        assertTrue(line.contains(";"), () -> "says what to do: " + line);
        assertTrue(Files.notExists(dir.resolve("never.lab.zip")) && Files.notExists(dir.resolve("d.csv")));
    }

    @Test
    void aGoodFileStillReadsAfterTheBadOnes() throws IOException {
        Path good = Files.writeString(dir.resolve("good.csv"), "x,y\n-1,0\n1,0\n\n0,1.5\n");
        CliRun info = CliRun.of("info", good.toString());
        assertEquals(0, info.status(), info::toString);
        assertTrue(info.out().contains("count: 3") && info.out().contains("y range: 0 to 1.5"), info::toString);
    }

    private static String oneLine(Case bad, CliRun run) {
        assertEquals(2, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains(bad.says()), () -> "expected '" + bad.says() + "'\n" + run);
        String line = run.err().strip();
        return line.substring(line.indexOf(": ") + 2); // after "latentlab info: "
    }
}
