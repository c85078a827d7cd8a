package io.latentlab.lesson;

import io.latentlab.data.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lesson files: the bundled ones read whole; damaged ones are refused in one line naming the file and the fault. */
class LessonFileTest {

    private static final String GOOD = """
            {"format": 1, "title": "KDE bandwidth", "summary": "one knob", "workspace": "toy-lab",
             "formula": "p̂(x) = 1/(nh) Σ K((x − xᵢ)/h)", "explanation": "Move h.",
             "ask": ["What happens as h → 0?"], "settings": {"data": "ring8", "generator-lr": 0.001, "show-arrows": true},
             "play": true}""";

    @Test
    void readsEveryField() {
        Lesson lesson = LessonFile.parse("05-kde.lesson.json", GOOD.getBytes(StandardCharsets.UTF_8));
        assertEquals("05-kde", lesson.id());
        assertEquals("KDE bandwidth", lesson.title());
        assertEquals("toy-lab", lesson.workspace());
        assertEquals(List.of("What happens as h → 0?"), lesson.ask());
        assertEquals(List.of("data", "generator-lr", "show-arrows"), List.copyOf(lesson.settings().keySet()));
        assertEquals("0.001", lesson.settings().get("generator-lr"));
        assertEquals("true", lesson.settings().get("show-arrows"));
        assertTrue(lesson.play());
    }

    @Test
    void everyBundledLessonReads() {
        Path folder = Lessons.locate().orElseThrow();
        List<Lessons.Listed> listed = Lessons.list(folder);
        assertFalse(listed.isEmpty(), "no lessons in " + folder);
        for (Lessons.Listed one : listed) {
            assertTrue(one.readable(), one.file() + ": " + one.problem());
        }
    }

    static Stream<Object[]> damaged() {
        String cut = GOOD.substring(0, GOOD.length() / 2);
        return Stream.of(
                new Object[] {"cut in half", cut, "cut off or not JSON"},
                new Object[] {"empty", "", "not a JSON object"},
                new Object[] {"a list", "[1, 2]", "not a JSON object"},
                new Object[] {"trailing junk", GOOD + " {}", "cut off or not JSON"},
                new Object[] {"format 2", GOOD.replace("\"format\": 1", "\"format\": 2"), "\"format\" is 2"},
                new Object[] {"no format", GOOD.replace("\"format\": 1,", ""), "\"format\" is missing"},
                new Object[] {"unknown field", GOOD.replace("\"play\": true", "\"play\": true, \"exec\": \"rm\""), "unknown field \"exec\""},
                new Object[] {"duplicate field", GOOD.replace("\"play\": true", "\"play\": true, \"play\": false"), "cut off or not JSON"},
                new Object[] {"NaN", GOOD.replace("0.001", "NaN"), "cut off or not JSON"},
                new Object[] {"Infinity by size", GOOD.replace("0.001", "1e999"), "not a finite number"},
                new Object[] {"nested setting", GOOD.replace("\"ring8\"", "{\"a\": 1}"), "not a short text"},
                new Object[] {"setting name", GOOD.replace("\"data\"", "\"../data\""), "not a short lower-case word"},
                new Object[] {"title a number", GOOD.replace("\"KDE bandwidth\"", "7"), "\"title\" is not text"},
                new Object[] {"no title", GOOD.replace("\"title\": \"KDE bandwidth\",", ""), "no \"title\""},
                new Object[] {"long title", GOOD.replace("KDE bandwidth", "x".repeat(500)), "\"title\" is 500 characters"},
                new Object[] {"workspace path", GOOD.replace("\"toy-lab\"", "\"../../etc\""), "not a workspace's name"},
                new Object[] {"play quoted", GOOD.replace("\"play\": true", "\"play\": \"yes\""), "\"play\" is not true or false"},
                new Object[] {"ask a word", GOOD.replace("[\"What happens as h → 0?\"]", "\"why\""), "\"ask\" is not a list"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void damagedLessonIsRefusedInOneLine(String what, String text, String expected) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> LessonFile.parse("07-bad.lesson.json", text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("lesson file 07-bad.lesson.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void notUtf8IsRefused() {
        byte[] latin1 = GOOD.replace("KDE", "KDÉ").getBytes(StandardCharsets.ISO_8859_1);
        BadInputException e = assertThrows(BadInputException.class, () -> LessonFile.parse("x.lesson.json", latin1));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void hugeFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.lesson.json");
        try (var out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(100L << 20); // 100 MB, sparse: far too big for a lesson, and never read
        }
        BadInputException e = assertThrows(BadInputException.class, () -> LessonFile.read(file));
        assertTrue(e.getMessage().contains("104857600 bytes"), e.getMessage());
    }

    @Test
    void aBadFileInTheFolderIsListedWithWhy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-good.lesson.json"), GOOD);
        Files.writeString(dir.resolve("02-bad.lesson.json"), "{\"format\": 1");
        List<Lessons.Listed> listed = Lessons.list(dir);
        assertEquals(2, listed.size());
        assertTrue(listed.get(0).readable());
        assertFalse(listed.get(1).readable());
        assertTrue(listed.get(1).problem().contains("02-bad.lesson.json"), listed.get(1).problem());
    }
}
