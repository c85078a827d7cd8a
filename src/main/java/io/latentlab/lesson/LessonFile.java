package io.latentlab.lesson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.latentlab.data.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a lesson file ({@code NAME.lesson.json}) as untrusted input: at most {@value #MAX_BYTES}
 * bytes, UTF-8, one JSON object with known fields of the right types and bounded lengths, settings
 * whose names are short words and whose values are text, finite numbers or booleans. Anything else
 * is one {@link BadInputException} line naming the file, what is wrong and what to do.
 */
public final class LessonFile {

    public static final String SUFFIX = ".lesson.json";
    public static final int FORMAT = 1;
    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_SETTINGS = 40;
    static final int MAX_QUESTIONS = 8;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Set<String> FIELDS = Set.of("format", "title", "summary", "workspace", "formula",
            "explanation", "ask", "settings", "play");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private LessonFile() {
    }

    /** Reads and checks {@code file}. */
    public static Lesson read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw bad(name, "it is " + size + " bytes, more than a lesson's " + MAX_BYTES + " at most", "check it is the right file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(name, in.readNBytes(MAX_BYTES + 1));
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("lesson file " + file + " does not exist; choose another lesson", e);
        } catch (IOException e) {
            throw new BadInputException("lesson file " + name + " could not be read (" + e.getMessage() + "); check it can be opened", e);
        }
    }

    /** Checks a lesson given as bytes; {@code name} is the file's name, for messages and the id. */
    public static Lesson parse(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw bad(name, "it is larger than a lesson's " + MAX_BYTES + " bytes at most", "check it is the right file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad(name, "it is not UTF-8 text", "save it as UTF-8 JSON");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw bad(name, "it is cut off or not JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), "fix it, or restore it with git");
        }
        if (root == null || !root.isObject()) {
            throw bad(name, "it is not a JSON object", "a lesson is one {…} object; see assets/lessons/README.md");
        }
        for (Iterator<String> fields = root.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!FIELDS.contains(field)) {
                throw bad(name, "it has an unknown field \"" + clip(field) + "\"", "remove it; the fields are " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isInt() || format.intValue() != FORMAT) {
            throw bad(name, "its \"format\" is " + (format == null ? "missing" : clip(format.toString())) + ", not " + FORMAT,
                    "this Latent Lab reads lesson format " + FORMAT);
        }
        return new Lesson(id(name), name,
                text(name, root, "title", 1, 100, true),
                text(name, root, "summary", 0, 200, false),
                word(name, root),
                text(name, root, "formula", 0, 300, false),
                text(name, root, "explanation", 1, 4000, true),
                questions(name, root.get("ask")),
                settings(name, root.get("settings")),
                flag(name, root.get("play")));
    }

    /** The lesson's id: the file's name without {@value #SUFFIX}. */
    public static String id(String fileName) {
        return fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
    }

    private static String text(String name, JsonNode root, String field, int min, int max, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw bad(name, "it has no \"" + field + "\"", "add one (text)");
            }
            return "";
        }
        if (!node.isTextual()) {
            throw bad(name, "its \"" + field + "\" is not text", "write it in quotes");
        }
        String value = node.textValue().strip();
        if (value.length() < min || value.length() > max) {
            throw bad(name, "its \"" + field + "\" is " + value.length() + " characters long", "keep it between " + min + " and " + max);
        }
        return value;
    }

    private static String word(String name, JsonNode root) {
        String workspace = text(name, root, "workspace", 1, 40, true);
        if (!NAME.matcher(workspace).matches()) {
            throw bad(name, "its \"workspace\" \"" + clip(workspace) + "\" is not a workspace's name", "use e.g. toy-lab, vae, mixtures, images or explore");
        }
        return workspace;
    }

    private static List<String> questions(String name, JsonNode node) {
        List<String> questions = new ArrayList<>();
        if (node == null || node.isNull()) {
            return questions;
        }
        if (!node.isArray() || node.size() > MAX_QUESTIONS) {
            throw bad(name, "its \"ask\" is not a list of at most " + MAX_QUESTIONS + " questions", "write [\"…\", \"…\"]");
        }
        for (JsonNode question : node) {
            if (!question.isTextual() || question.textValue().isBlank() || question.textValue().length() > 300) {
                throw bad(name, "a question in \"ask\" is not text of 1 to 300 characters", "write each question in quotes");
            }
            questions.add(question.textValue().strip());
        }
        return questions;
    }

    private static Map<String, String> settings(String name, JsonNode node) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return settings;
        }
        if (!node.isObject() || node.size() > MAX_SETTINGS) {
            throw bad(name, "its \"settings\" is not an object of at most " + MAX_SETTINGS + " settings", "write {\"name\": value, …}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> all = node.fields(); all.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = all.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (!NAME.matcher(key).matches()) {
                throw bad(name, "the setting name \"" + clip(key) + "\" is not a short lower-case word", "use names like generator-lr");
            }
            if (value.isNumber() && !Double.isFinite(value.doubleValue())) {
                throw bad(name, "the setting \"" + key + "\" is not a finite number", "give a number such as 0.001");
            }
            if (!(value.isTextual() || value.isNumber() || value.isBoolean()) || value.asText().length() > 200) {
                throw bad(name, "the setting \"" + key + "\" is not a short text, number or true/false", "give it one value");
            }
            settings.put(key, value.isTextual() ? value.textValue() : value.asText());
        }
        return settings;
    }

    private static boolean flag(String name, JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw bad(name, "its \"play\" is not true or false", "write true or false without quotes");
        }
        return node.booleanValue();
    }

    private static BadInputException bad(String name, String what, String fix) {
        return new BadInputException("lesson file " + name + ": " + what + "; " + fix);
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
