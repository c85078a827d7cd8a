package io.latentlab.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A command line as a person would type it into a POSIX shell: words joined by spaces, each
 * single-quoted only when it needs to be. Model cards and exported images record commands so.
 */
public final class ShellLine {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellLine() {
    }

    public static String join(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(PLAIN.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'");
        }
        return s.toString();
    }

    /** The words of a line {@link #join} wrote (single quotes and plain words only). */
    public static List<String> split(String line) {
        List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                any = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                any = true;
            } else if (c == ' ') {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
