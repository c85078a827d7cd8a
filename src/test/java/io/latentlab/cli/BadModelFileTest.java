package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.explore.LatentModels;
import io.latentlab.model.BadModelFiles;
import io.latentlab.model.ModelFile;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad model files through every door but the window's (which {@code ui.BadFilesWindowTest} tries):
 * {@code latentlab info FILE} and {@code sample --model FILE} exit 2 with one line on stderr, and
 * the loaders the window uses throw that same line, without a crash, an OutOfMemoryError or a hang.
 */
@Timeout(60)
class BadModelFileTest {

    @TempDir
    static Path dir;
    private static List<BadModelFiles.Case> cases;

    @BeforeAll
    static void makeTheFiles() {
        Nd4jRuntime.init();
        cases = BadModelFiles.all(dir);
    }

    static List<BadModelFiles.Case> cases() {
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInOneLineThatNamesTheFile(BadModelFiles.Case bad) {
        String name = String.valueOf(bad.file().getFileName());
        String line = oneLine(bad, CliRun.of("info", bad.file().toString()));
        assertEquals(line, oneLine(bad, CliRun.of("sample", "--model", bad.file().toString(), "--n", "2",
                "--out", dir.resolve("s.npy").toString())), "sample says what info says");

        BadInputException e = assertThrows(BadInputException.class, () -> {
            if (bad.image()) {
                LatentModels.open(bad.file()); // the Explore tab's and the Images tab's loader
            } else {
                ModelFile.load(bad.file());    // the toy lab's
            }
        });
        assertEquals(e.getMessage(), line, "the window shows the line the command prints");
        assertTrue(e.getMessage().startsWith(name + " "), e::getMessage);
        assertTrue(e.getMessage().contains(";"), () -> "says what to do: " + e.getMessage());
    }

    private static String oneLine(BadModelFiles.Case bad, CliRun run) {
        assertEquals(2, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains(bad.says()), () -> "expected '" + bad.says() + "'\n" + run);
        String line = run.err().strip();
        return line.substring(line.indexOf(": ") + 2); // after "latentlab info: "

    }

    @Test
    void theShippedFilesStillOpenAfterTheBadOnes() {
        assertThrows(BadInputException.class, () -> LatentModels.open(cases.get(cases.size() - 1).file()));
        assertEquals(20, LatentModels.open(BadModelFiles.VAE).latentSize());
        assertEquals(2, ModelFile.load(BadModelFiles.RING).gan().noiseSize());
        CliRun info = CliRun.of("info", BadModelFiles.CGAN.toString());
        assertEquals(0, info.status(), info::toString);
        assertFalse(info.out().isEmpty());
    }
}
