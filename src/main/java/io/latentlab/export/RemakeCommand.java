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
        List<String> words = new ArrayList<>(List.of("latentlab", "sample", "--model", model));
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
        List<String> words = new ArrayList<>(List.of("latentlab", "interpolate", "--model", model,
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

    private static String finish(List<String> words, ImageGridLayout layout, String out) {
        words.addAll(List.of("--columns", Integer.toString(layout.columns()), "--scale", Integer.toString(layout.scale()),
                "--padding", Integer.toString(layout.padding()), "--background", layout.backgroundHex(), "--out", out));
        return ShellLine.join(words);
    }
}
