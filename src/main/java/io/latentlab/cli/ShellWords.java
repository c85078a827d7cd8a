package io.latentlab.cli;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A command line as a person would type it into a POSIX shell: words joined by spaces, each
 * single-quoted only when it needs to be. Model cards record the training command this way.
 */
final class ShellWords {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellWords() {
    }

    static String join(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(PLAIN.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'");
        }
        return s.toString();
    }
}
