package io.latentlab.model;

import io.latentlab.data.BadInputException;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shared model file whose DL4J network names a class no Latent Lab model uses, or carries an
 * entry DL4J would deserialise as a Java object, is refused in one line before DL4J reads it.
 */
class UntrustedNetworkTest {

    private static final Path VAE = Path.of("pretrained", "mnist-vae-2.lab.zip");

    @TempDir
    Path dir;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void theShippedModelsNameOnlyAllowedClasses() {
        assertEquals(ImageAutoencoder.MIN_LATENT, AutoencoderFile.load(VAE).model().latentSize());
        ConvGanFile.load(Path.of("pretrained", "mnist-cgan.lab.zip"));
        ModelFile.load(Path.of("pretrained", "ring8-gan.lab.zip"));
    }

    @Test
    void aNetworkNamingAForeignClassIsRefusedBeforeDl4jBuildsIt() throws IOException {
        Path file = rewrite("gadget.lab.zip", inner -> replaceIn(inner, "configuration.json",
                json -> json.replace("org.nd4j.linalg.activations.impl.ActivationReLU", "com.sun.rowset.JdbcRowSetImpl")));
        BadInputException e = assertThrows(BadInputException.class, () -> AutoencoderFile.load(file));
        assertTrue(e.getMessage().contains("gadget.lab.zip") && e.getMessage().contains("com.sun.rowset.JdbcRowSetImpl"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aNetworkWithAJavaSerialisedEntryIsRefused() throws IOException {
        Path file = rewrite("smuggled.lab.zip", inner -> {
            Map<String, byte[]> more = new LinkedHashMap<>(inner);
            more.put("preprocessor.bin", new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5});
            return more;
        });
        BadInputException e = assertThrows(BadInputException.class, () -> AutoencoderFile.load(file));
        assertTrue(e.getMessage().contains("preprocessor.bin") && e.getMessage().contains("smuggled.lab.zip"), e.getMessage());
    }

    /** The shipped VAE with its decoder's inner zip entries changed by {@code change}. */
    private Path rewrite(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> outer = unzip(Files.readAllBytes(VAE));
        outer.put(ModelFile.DECODER, zip(change.apply(unzip(outer.get(ModelFile.DECODER)))));
        Path file = dir.resolve(name);
        Files.write(file, zip(outer));
        return file;
    }

    private static Map<String, byte[]> replaceIn(Map<String, byte[]> entries, String entry, UnaryOperator<String> edit) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.put(entry, edit.apply(new String(entries.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
