package org.rotaguard.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaDocument.DayString;

/**
 * Writes a {@link Rota} as a rota file (format {@code rotaguard/1}) that {@link RotaFileReader}
 * reads back into an equal rota. Fields follow the spec's order; defaults are left out.
 */
public final class RotaFileWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private RotaFileWriter() {
    }

    /** The rota as YAML or JSON text. */
    public static String write(Rota rota, RotaFileFormat format) {
        RotaDocument.Block document = RotaDocument.of(rota);
        return format == RotaFileFormat.YAML ? YamlEmitter.emit(document) : json(document);
    }

    /** Writes the rota to a file in the format its extension names (.yaml, .yml or .json). */
    public static void write(Rota rota, Path file) throws IOException {
        RotaFileFormat format = RotaFileFormat.ofFileName(file.toString()).orElseThrow(() ->
                new IllegalArgumentException(file + ": unsupported file type (expected .yaml, .yml or .json)"));
        Files.writeString(file, write(rota, format), StandardCharsets.UTF_8);
    }

    private static String json(RotaDocument.Block document) {
        StringWriter text = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.setPrettyPrinter(pretty);
            value(json, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen when writing to a string
        }
        return text + "\n";
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof DayString || value instanceof LocalDate) {
            json.writeString(value.toString());
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number.toPlainString());
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else {
            json.writeString((String) value);
        }
    }
}
