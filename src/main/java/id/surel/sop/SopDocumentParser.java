package id.surel.sop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns YAML text into the {@link SopDocument} shape. Malformed YAML, unknown keys and values of the wrong type become
 * problems naming the line (and the step, when inside one), never a raw parser exception.
 */
final class SopDocumentParser {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern STEP_POINTER = Pattern.compile("^/steps/(\\d+)(/.*)?$");

    private static final Map<Class<?>, String[]> TYPE_WORDS = Map.of(
            Integer.class, new String[] { "bilangan bulat", "a whole number" },
            Boolean.class, new String[] { "true atau false", "true or false" },
            String.class, new String[] { "teks", "text" },
            List.class, new String[] { "daftar (- ...)", "a list (- ...)" });

    /** The request types of a definition that lists none, read once from the file shipped with Surel. */
    static List<SopDocument.RequestTypeEntry> defaultRequestTypes() {
        try (var in = SopDocumentParser.class.getResourceAsStream("/sop/request-types-default.yaml")) {
            return YAML.readValue(in, SopDocument.RequestTypesFile.class).requestTypes();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Returns the document, or null after adding the problems that kept it from being read. */
    SopDocument parse(String text, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add("berkas kosong", "the file is empty");
            return null;
        }
        UnknownKeys unknownKeys = new UnknownKeys();
        try {
            SopDocument document = YAML.readerFor(SopDocument.class).withHandler(unknownKeys).readValue(text);
            unknownKeys.found.forEach(key -> reportUnknownKey(key, text, problems));
            if (document == null) {
                problems.add("berkas kosong", "the file is empty");
            }
            return document;
        }
        catch (StreamReadException e) {
            String detail = firstLine(e.getOriginalMessage());
            problems.add(at(e, "baris", "kolom") + "YAML tidak dapat dibaca: " + detail,
                    at(e, "line", "column") + "malformed YAML: " + detail);
        }
        catch (DatabindException e) {
            reportWrongValue(e, text, problems);
        }
        return null;
    }

    private void reportUnknownKey(UnknownKey key, String text, Problems problems) {
        int line = lineOf(text, key.pointer);
        String where = key.pointer.head().toString().isEmpty() ? "/" : key.pointer.head().toString();
        problems.add(stepIdAt(text, key.pointer.toString()),
                at(line, 0, "baris", "kolom") + "kunci '" + key.name + "' tidak dikenal di " + where
                        + " (yang dikenal: " + key.known + ")",
                at(line, 0, "line", "column") + "unknown field '" + key.name + "' in " + where
                        + " (known: " + key.known + ")");
    }

    private void reportWrongValue(DatabindException e, String text, Problems problems) {
        String pointer = pointer(e.getPath());
        String[] expected = e instanceof MismatchedInputException m ? expected(m.getTargetType()) : null;
        String wantId = expected == null ? firstLine(e.getOriginalMessage()) : "seharusnya " + expected[0];
        String wantEn = expected == null ? firstLine(e.getOriginalMessage()) : "expected " + expected[1];
        problems.add(stepIdAt(text, pointer), at(e, "baris", "kolom") + "nilai " + pointer + " tidak sesuai: " + wantId,
                at(e, "line", "column") + "wrong value at " + pointer + ": " + wantEn);
    }

    private static String[] expected(Class<?> type) {
        if (type == null) {
            return null;
        }
        return TYPE_WORDS.entrySet().stream()
                .filter(e -> e.getKey().isAssignableFrom(type))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(new String[] { "bagian berisi kunci (kunci: nilai)", "a mapping (key: value)" });
    }

    private static String pointer(List<JacksonException.Reference> path) {
        String pointer = path.stream()
                .map(r -> "/" + (r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex())))
                .collect(Collectors.joining());
        return pointer.isEmpty() ? "/" : pointer;
    }

    /** The id of the step a pointer lies in ("/steps/3/time" lies in the fourth step), if it has one. */
    private static String stepIdAt(String text, String pointer) {
        Matcher m = STEP_POINTER.matcher(pointer);
        if (!m.matches()) {
            return null;
        }
        try {
            JsonNode id = YAML.readTree(text).at("/steps/" + m.group(1) + "/id");
            return id.isString() ? id.stringValue() : null;
        }
        catch (JacksonException e) {
            return null; // only naming the step is lost; the problem itself is still reported
        }
    }

    /** Jackson buffers record properties, losing the unknown key's location; walk the text again to find its line. */
    private static int lineOf(String text, JsonPointer pointer) {
        try (JsonParser p = YAML.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.PROPERTY_NAME && pointer.equals(p.streamReadContext().pathAsPointer())) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        }
        return -1;
    }

    private static String at(JacksonException e, String lineWord, String columnWord) {
        return e.getLocation() == null ? ""
                : at(e.getLocation().getLineNr(), e.getLocation().getColumnNr(), lineWord, columnWord);
    }

    private static String at(int line, int column, String lineWord, String columnWord) {
        if (line <= 0) {
            return "";
        }
        return lineWord + " " + line + (column > 0 ? ", " + columnWord + " " + column : "") + ": ";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").trim();
    }

    private record UnknownKey(JsonPointer pointer, String name, String known) {
    }

    /** Collects every unknown key instead of failing at the first, so one read reports them all. */
    private static final class UnknownKeys extends DeserializationProblemHandler {

        private final List<UnknownKey> found = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            Collection<Object> known = deserializer.getKnownPropertyNames();
            found.add(new UnknownKey(p.streamReadContext().pathAsPointer(), propertyName,
                    known.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            p.skipChildren();
            return true;
        }
    }
}
