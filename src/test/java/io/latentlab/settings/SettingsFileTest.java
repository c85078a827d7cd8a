package io.latentlab.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsFileTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            {"version":1,
             "window":{"x":40,"y":30,"width":1280,"height":720,"maximised":false,"fullScreen":true,
                       "tab":"Explore","dividers":[0.4]},
             "appearance":{"highContrast":true,"largeText":true,"presentation":false},
             "recentModels":["/models/a.lab.zip","/models/b.lab.zip"]}
            """;

    @Test
    void writtenSettingsReadBackTheSame() throws IOException {
        Settings settings = new Settings(new WindowLayout(12, -30, 1280, 720, true, false, "Images", List.of(0.25, 0.5)),
                new Appearance(true, false, true), List.of("/x/one.lab.zip", "/y/two.lab.zip"));
        Path file = dir.resolve("sub/settings.json");
        SettingsFile.write(file, settings);
        SettingsRead read = SettingsFile.read(file);
        assertNull(read.problem());
        assertEquals(settings, read.settings());
    }

    @Test
    void aMissingFileGivesTheDefaultsSilently() {
        SettingsRead read = SettingsFile.read(dir.resolve("none.json"));
        assertNull(read.problem());
        assertEquals(Settings.defaults(), read.settings());
    }

    @Test
    void aGoodFileReadsWithoutComplaint() throws IOException {
        SettingsRead read = SettingsFile.read(Files.writeString(dir.resolve("s.json"), GOOD));
        assertNull(read.problem());
        assertEquals(1280, read.settings().window().width());
        assertTrue(read.settings().window().fullScreen());
        assertEquals("Explore", read.settings().window().tab());
        assertEquals(new Appearance(true, true, false), read.settings().appearance());
        assertEquals(List.of("/models/a.lab.zip", "/models/b.lab.zip"), read.settings().recentModels());
    }

    /** Each kind of damage: the file's text, what the line must name, and what must still have been read. */
    static Stream<Arguments> damage() {
        Predicate<Settings> allDefault = s -> s.equals(Settings.defaults());
        Predicate<Settings> recentKept = s -> s.recentModels().equals(List.of("/models/a.lab.zip", "/models/b.lab.zip"));
        Predicate<Settings> windowDefault = s -> s.window().width() == WindowLayout.DEFAULT_WIDTH
                && s.window().height() == WindowLayout.DEFAULT_HEIGHT;
        return Stream.of(
                damaged("truncated", GOOD.substring(0, GOOD.length() / 2), "not valid JSON", allDefault),
                damaged("not JSON", "width=1280\nheight=720\n", "not valid JSON", allDefault),
                damaged("empty", "", "empty", allDefault),
                damaged("binary", "\u0000\u0001\u00ff\u0007", "not valid JSON", allDefault),
                damaged("an array, not an object", "[1, 2, 3]", "not an object", allDefault),
                damaged("wrong types", GOOD.replace("\"width\":1280", "\"width\":\"wide\"")
                        .replace("\"highContrast\":true", "\"highContrast\":\"yes\""),
                        "window.width is \"wide\"", s -> s.window().width() == WindowLayout.DEFAULT_WIDTH && !s.appearance().highContrast()
                                && s.appearance().largeText() && recentKept.test(s)),
                damaged("window a billion pixels wide", GOOD.replace("\"width\":1280", "\"width\":1e9"),
                        "window.width is 1.0E9", s -> s.window().width() == WindowLayout.DEFAULT_WIDTH
                                && s.window().height() == 720 && recentKept.test(s)),
                damaged("NaN and Infinity sizes", GOOD.replace("\"width\":1280", "\"width\":NaN")
                        .replace("\"height\":720", "\"height\":-Infinity"),
                        "window.height is -Infinity", s -> windowDefault.test(s) && s.appearance().highContrast()),
                damaged("window far off any screen", GOOD.replace("\"x\":40", "\"x\":-1e12"),
                        "window.x is -1.0E12", s -> !s.window().placed() && s.window().width() == 1280),
                damaged("dividers out of range", GOOD.replace("[0.4]", "[0.4, 7]"),
                        "window.dividers holds 7", s -> s.window().dividers().isEmpty() && s.window().width() == 1280),
                damaged("recent models not a list", GOOD.replace("[\"/models/a.lab.zip\",\"/models/b.lab.zip\"]", "42"),
                        "recentModels is 42", s -> s.recentModels().isEmpty() && s.window().fullScreen()),
                damaged("recent models of the wrong type", GOOD.replace("\"/models/a.lab.zip\",", "17, \"\", {}, \"/models/a.lab.zip\","),
                        "3 entries that are not a file path", recentKept),
                damaged("window not an object", GOOD.replaceFirst("\"window\":\\{", "\"window\":true, \"w\":{"),
                        "window is true", s -> windowDefault.test(s) && recentKept.test(s)));
    }

    private static Arguments damaged(String kind, String text, String named, Predicate<Settings> stillRead) {
        return Arguments.of(kind, text, named, stillRead);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void damageFallsBackToDefaultsAndSaysWhat(String kind, String text, String named, Predicate<Settings> stillRead)
            throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), text, StandardCharsets.ISO_8859_1);
        SettingsRead read = SettingsFile.read(file);
        assertTrue(read.damaged(), kind + ": no problem reported");
        assertOneLineNaming(read.problem(), file, named);
        assertTrue(stillRead.test(read.settings()), kind + ": read " + read.settings());
    }

    @Test
    void aHundredMegabyteFileIsRefusedUnread() throws IOException {
        Path file = dir.resolve("settings.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L << 20);
        }
        SettingsRead read = SettingsFile.read(file);
        assertOneLineNaming(read.problem(), file, "100 MB");
        assertEquals(Settings.defaults(), read.settings());
    }

    @Test
    void aTenMillionEntryRecentListIsRefusedBySize() throws IOException {
        Path file = dir.resolve("settings.json");
        StringBuilder json = new StringBuilder("{\"recentModels\":[");
        json.append("\"/m.lab.zip\",".repeat(10_000_000)).append("\"/m.lab.zip\"]}");
        Files.writeString(file, json);
        SettingsRead read = SettingsFile.read(file);
        assertOneLineNaming(read.problem(), file, "far more than a settings file holds");
        assertTrue(read.settings().recentModels().isEmpty());
    }

    @Test
    void aLongRecentListWithinTheSizeKeepsTheFirstEight() throws IOException {
        Path file = dir.resolve("settings.json");
        StringBuilder json = new StringBuilder("{\"recentModels\":[");
        for (int i = 0; i < 500; i++) {
            json.append(i == 0 ? "" : ",").append("\"/m").append(i).append(".lab.zip\"");
        }
        Files.writeString(file, json.append("]}"));
        SettingsRead read = SettingsFile.read(file);
        assertOneLineNaming(read.problem(), file, "recentModels lists 500 files");
        assertEquals(Settings.RECENT_LIMIT, read.settings().recentModels().size());
        assertEquals("/m0.lab.zip", read.settings().recentModels().get(0));
    }

    @Test
    void unknownFieldsAreIgnoredSilently() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"),
                GOOD.replace("\"version\":1,", "\"version\":7, \"plugins\":{\"x\":[1,2]}, \"colourScheme\":\"solarized\","));
        SettingsRead read = SettingsFile.read(file);
        assertNull(read.problem());
        assertTrue(read.settings().appearance().highContrast());
    }

    @Test
    void theDamagedFileIsKeptUntilTheFirstSaveWhichSetsItAside() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), "{ not json");
        SettingsStore store = SettingsStore.open(file);
        assertTrue(store.read().damaged());
        assertEquals("{ not json", Files.readString(file), "reading must not rewrite the file");
        assertNull(store.save(store.read().settings().withRecentModel("/a.lab.zip")));
        assertEquals("{ not json", Files.readString(dir.resolve("settings.json.damaged")));
        assertEquals(List.of("/a.lab.zip"), SettingsFile.read(file).settings().recentModels());
        assertNull(SettingsFile.read(file).problem());
    }

    @Test
    void recentModelsAreNewestFirstWithoutRepeatsAndAtMostEight() {
        Settings s = Settings.defaults();
        for (int i = 0; i < 12; i++) {
            s = s.withRecentModel("/m" + i);
        }
        s = s.withRecentModel("/m5");
        assertEquals(List.of("/m5", "/m11", "/m10", "/m9", "/m8", "/m7", "/m6", "/m4"), s.recentModels());
        assertFalse(s.withoutRecentModel("/m9").recentModels().contains("/m9"));
    }

    @Test
    void theFileLivesInThePropertyElseTheConfigFolder() {
        assertEquals(Path.of("/t/s.json"), SettingsLocation.resolve("/t/s.json", "Linux", Map.of("XDG_CONFIG_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/x/latentlab/settings.json"), SettingsLocation.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/home/u/.config/latentlab/settings.json"), SettingsLocation.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "rel"), "/home/u"));
        assertEquals(Path.of("/home/u/.config/latentlab/settings.json"), SettingsLocation.resolve(null, "Mac OS X", Map.of(), "/home/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "LatentLab", "settings.json"),
                SettingsLocation.resolve(null, "Windows 11", Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "C:/Users/u"));
    }

    private static void assertOneLineNaming(String problem, Path file, String named) {
        assertTrue(problem != null && problem.contains(file.toString()), "the line names the file: " + problem);
        assertTrue(problem.contains(named), "the line says " + named + ": " + problem);
        assertFalse(problem.contains("\n"), "one line: " + problem);
    }
}
