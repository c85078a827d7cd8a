package io.latentlab.export;

import io.latentlab.explore.Interpolation;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code latentlab} command lines that make an image grid: {@code sample} from a seed or from
 * latent vectors in a file, and {@code interpolate} from a seed or from a file's first and last
 * vectors. The window writes them into an exported PNG and the command line into the PNGs it
 * writes, both through here, so running the recorded line writes the same bytes: the options
 * always in this order, the layout always in full.
 *
 * <p>The line starts with the OpenBLAS kernels the pictures were decoded with,
 * {@code OPENBLAS_CORETYPE=<name>} ({@code default}: the ones OpenBLAS picks for the CPU, which
 * {@code bin/latentlab} then keeps instead of choosing its own): kernels for different CPUs may
 * round the last bit of a float differently, and so a pixel's grey level.
 */
public final class RemakeCommand {

    private RemakeCommand() {
    }

    /**
     * {@code latentlab sample --model M (--n N --seed S | --latents F) [--label L] --columns C
     * --scale X --padding P --background RRGGBB --out O}.
     */
    public static String sample(String model, int n, Long seed, String latents, String label, ImageGridLayout layout,
                                String out) {
        List<String> words = new ArrayList<>(List.of(kernels(), "latentlab", "sample", "--model", model));
        if (latents != null) {
            words.addAll(List.of("--latents", latents));
        } else {
            words.addAll(List.of("--n", Integer.toString(n), "--seed", Long.toString(seed)));
        }
        if (label != null) {
            words.addAll(List.of("--label", label));
        }
        return finish(words, layout, out);
    }

    /**
     * {@code latentlab interpolate --model M --steps K --method lerp|slerp (--seed S | --latents F)
     * [--label L] --columns C --scale X --padding P --background RRGGBB --out O}.
     */
    public static String interpolate(String model, int steps, Interpolation.Method method, Long seed, String latents,
                                     String label, ImageGridLayout layout, String out) {
        List<String> words = new ArrayList<>(List.of(kernels(), "latentlab", "interpolate", "--model", model,
                "--steps", Integer.toString(steps), "--method", method.cliName()));
        if (latents != null) {
            words.addAll(List.of("--latents", latents));
        } else {
            words.addAll(List.of("--seed", Long.toString(seed)));
        }
        if (label != null) {
            words.addAll(List.of("--label", label));
        }
        return finish(words, layout, out);
    }

    /** {@code OPENBLAS_CORETYPE=} the kernels this process decodes with: as its environment names them, or {@code default}. */
    static String kernels() {
        String core = System.getenv("OPENBLAS_CORETYPE");
        return "OPENBLAS_CORETYPE=" + (core == null || core.isBlank() || !core.matches("[A-Za-z0-9_]+") ? "default" : core);
    }

    /** The words of a recorded line after its environment assignments: {@code latentlab} and what follows. */
    public static List<String> commandWords(String line) {
        List<String> words = ShellLine.split(line);
        int start = 0;
        while (start < words.size() && words.get(start).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            start++;
        }
        return words.subList(start, words.size());
    }

    private static String finish(List<String> words, ImageGridLayout layout, String out) {
        words.addAll(List.of("--columns", Integer.toString(layout.columns()), "--scale", Integer.toString(layout.scale()),
                "--padding", Integer.toString(layout.padding()), "--background", layout.backgroundHex(), "--out", out));
        return ShellLine.join(words);
    }
}
