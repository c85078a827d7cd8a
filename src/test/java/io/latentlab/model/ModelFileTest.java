package io.latentlab.model;

import io.latentlab.data.BadInputException;
import io.latentlab.data.GaussianRing;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.TrainedGan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFileTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static ModelCard card(Gan gan) {
        return new TrainedGan(gan, GaussianRing.ring8(), GanHyperparameters.defaults(3), 0)
                .card("latentlab train --seed 3", Map.of("d_loss", 1.25));
    }

    @Test
    void roundTripKeepsNetworksCardAndPreview() throws IOException {
        Gan gan = Gan.create(GanShape.toy2d(), 3, NoisePrior.GAUSSIAN);
        Path file = dir.resolve("ring.lab.zip");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        ModelFile.saveGan(file, gan, card(gan), png);

        LoadedModel loaded = ModelFile.load(file);
        float[] noise = gan.noise(30, 1);
        assertArrayEquals(gan.generate(noise), loaded.gan().generate(noise));
        assertArrayEquals(png, loaded.previewPng());
        assertEquals("gan", loaded.card().kind());
        assertEquals("ring8", loaded.card().dataset());
        assertEquals(1.25, loaded.card().metrics().get("d_loss"));
        assertEquals("2-64-64-2", loaded.card().architecture().get("generator"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)), "readable like any saved file");
        }
    }

    @Test
    void theNoisePriorTravelsWithTheModel() throws IOException {
        Gan gan = Gan.create(GanShape.toy2d(), 4, NoisePrior.UNIFORM);
        Path file = dir.resolve("uniform.lab.zip");
        ModelFile.saveGan(file, gan, card(gan), new byte[0]);
        LoadedModel loaded = ModelFile.load(file);
        assertEquals(NoisePrior.UNIFORM, loaded.gan().noisePrior());
        assertEquals("uniform", loaded.card().architecture().get(ModelFile.NOISE));
        assertArrayEquals(gan.noise(10, 1), loaded.gan().noise(10, 1));
    }

    @Test
    void aDrawingTravelsWithTheModelThatLearnedIt() throws IOException {
        Gan gan = Gan.create(GanShape.toy2d(), 5, NoisePrior.UNIFORM);
        float[] drawing = {0.5f, -1.25f, 2f, 0.125f, -0.75f, 1e-3f};
        io.latentlab.data.DrawnDistribution data = io.latentlab.data.DrawnDistribution.of(drawing);
        TrainedGan trained = new TrainedGan(gan, data, GanHyperparameters.defaults(5), 10);
        Path file = dir.resolve("drawn.lab.zip");
        ModelFile.saveGan(file, gan, trained.card("latentlab", Map.of()), new byte[0], trained.dataPointsToKeep());

        LoadedModel loaded = ModelFile.load(file);
        assertEquals("drawn", loaded.card().dataset());
        assertArrayEquals(drawing, loaded.dataPoints());
        assertEquals(0, ModelFile.load(writeRing(gan)).dataPoints().length, "named data keeps no points");
    }

    private Path writeRing(Gan gan) throws IOException {
        Path file = dir.resolve("named.lab.zip");
        ModelFile.saveGan(file, gan, card(gan), new byte[0]);
        return file;
    }

    @Test
    void aFailedSaveLeavesTheOldFileWhole() throws IOException {
        Gan gan = Gan.create(GanShape.toy2d(), 3, NoisePrior.GAUSSIAN);
        Path file = dir.resolve("ring.lab.zip");
        ModelFile.saveGan(file, gan, card(gan), new byte[0]);
        byte[] before = Files.readAllBytes(file);
        assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(new byte[100]);
            throw new IOException("disk full");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void randomBytesAreNotAModel() throws IOException {
        Path file = dir.resolve("noise.lab.zip");
        Files.write(file, new byte[] {1, 2, 3, 4, 5});
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().startsWith("noise.lab.zip is not a zip file"), e.getMessage());
    }

    @Test
    void missingFileSaysSo() {
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFile.load(dir.resolve("gone.lab.zip")));
        assertEquals("gone.lab.zip does not exist; check the path", e.getMessage());
    }

    @Test
    void unexpectedEntriesAndPathsAreRefused() throws IOException {
        Path file = zip("evil.lab.zip", Map.of("../../etc/passwd", "x", "card.json", "{}"));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().contains("unexpected entry"), e.getMessage());
    }

    @Test
    void newerFormatAsksForAnUpdate() throws IOException {
        Path file = zip("new.lab.zip", Map.of("card.json", "{\"formatVersion\": 7, \"kind\": \"gan\"}"));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().contains("update Latent Lab"), e.getMessage());
    }

    @Test
    void cardThatDisagreesWithTheNetworksIsCaught() throws IOException {
        Gan gan = Gan.create(GanShape.toy2d(), 3, NoisePrior.GAUSSIAN);
        Path good = dir.resolve("good.lab.zip");
        ModelFile.saveGan(good, gan, card(gan), new byte[0]);
        Path bad = dir.resolve("bad.lab.zip");
        try (var in = new java.util.zip.ZipFile(good.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (var entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(ModelFile.CARD)) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("\"latentSize\" : 2", "\"latentSize\" : 3")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFile.load(bad));
        assertEquals("bad.lab.zip card.json says latent size 3 but the generator takes 2; "
                + "the file is damaged, save the model again", e.getMessage());
    }

    @Test
    void damagedNetworkEntryIsNamed() throws IOException {
        Gan gan = Gan.create(GanShape.toy2d(), 3, NoisePrior.GAUSSIAN);
        String cardJson = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(card(gan));
        Path file = zip("broken.lab.zip", Map.of("card.json", cardJson, "generator.zip", "not a network",
                "discriminator.zip", "nor this"));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFile.load(file));
        assertTrue(e.getMessage().contains("cannot be read as a DL4J network"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
