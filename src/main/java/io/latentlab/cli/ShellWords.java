package io.latentlab.cli;

import io.latentlab.export.ShellLine;

import java.util.List;

/**
 * A command line as a person would type it into a POSIX shell: words joined by spaces, each
 * single-quoted only when it needs to be. Model cards record the training command this way.
 */
final class ShellWords {

    private ShellWords() {
    }

    static String join(List<String> words) {
        return ShellLine.join(words);
    }
}
