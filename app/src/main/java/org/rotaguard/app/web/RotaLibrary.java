package org.rotaguard.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaFileException;
import org.rotaguard.io.RotaFileFormat;
import org.rotaguard.io.RotaFileReader;
import org.rotaguard.io.RotaFileWriter;
import org.rotaguard.io.table.CsvRota;
import org.rotaguard.io.table.ExcelRota;
import org.rotaguard.io.table.TableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rotas the application keeps: reading uploads of every supported kind, loading stored
 * rotas and saving edits. Nothing is stored unless the whole file reads and the rota holds together.
 */
@Service
public class RotaLibrary {
    /** File types accepted for import, by extension. */
    public static final List<String> ACCEPTED = List.of(".yaml", ".yml", ".json", ".csv", ".xlsx");

    private final RotaStore store;
    private final long maxUploadBytes;

    public RotaLibrary(RotaStore store, @Value("${rotaguard.max-upload-bytes}") long maxUploadBytes) {
        this.store = store;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** A stored rota and the rota its file describes. */
    public record Loaded(StoredRota stored, Rota rota) {
    }

    /** A rota read from an upload, with the file text to keep (the upload itself for a rota file). */
    public record Read(Rota rota, RotaFileFormat format, String text) {
    }

    public List<StoredRota> all() {
        return store.all();
    }

    public StoredRota stored(long id) throws NotFound {
        return store.find(id).orElseThrow(() -> new NotFound("there is no rota " + id));
    }

    public Loaded load(long id) throws NotFound, BadInput {
        StoredRota stored = stored(id);
        try {
            return new Loaded(stored, RotaFileReader.read(stored.fileText(), stored.name(), stored.format()));
        } catch (RotaFileException e) {
            throw new BadInput("the stored rota no longer reads: " + e.getMessage());
        }
    }

    public long getMaxUploadBytes() {
        return maxUploadBytes;
    }

    /** Reads an uploaded file by its extension: a rota file (YAML or JSON), CSV or an Excel workbook. */
    public Read read(String fileName, byte[] content) throws BadInput {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.replaceAll("[\\r\\n]", " ");
        if (content.length == 0) {
            throw new BadInput(name + ": the file is empty");
        }
        if (content.length > maxUploadBytes) {
            throw new BadInput(name + ": the file has " + content.length + " bytes, more than the "
                    + maxUploadBytes + " a rota may have");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".xlsx")) {
                Rota rota = ExcelRota.read(content, name);
                return new Read(rota, RotaFileFormat.YAML, RotaFileWriter.write(rota, RotaFileFormat.YAML));
            }
            if (lower.endsWith(".csv")) {
                Rota rota = CsvRota.read(text(name, content), name);
                return new Read(rota, RotaFileFormat.YAML, RotaFileWriter.write(rota, RotaFileFormat.YAML));
            }
            RotaFileFormat format = RotaFileFormat.ofFileName(lower).orElseThrow(() -> new BadInput(name
                    + ": this kind of file cannot be imported (accepted: " + String.join(", ", ACCEPTED) + ")"));
            String text = text(name, content);
            return new Read(RotaFileReader.read(text, name, format), format, text);
        } catch (RotaFileException e) {
            throw new BadInput(e.getMessage());
        } catch (TableException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** Reads a rota file given as text (the API's body), YAML unless it looks like JSON. */
    public Read readText(String text, String displayName) throws BadInput {
        RotaFileFormat format = text.stripLeading().startsWith("{") ? RotaFileFormat.JSON : RotaFileFormat.YAML;
        try {
            return new Read(RotaFileReader.read(text, displayName, format), format, text);
        } catch (RotaFileException e) {
            throw new BadInput(e.getMessage());
        }
    }

    @Transactional
    public long add(Read read, String fallbackName) {
        String name = read.rota().name().isBlank() ? fallbackName : read.rota().name();
        return store.add(name, read.format(), read.text());
    }

    /** Saves an edited rota, written out afresh, if nobody changed it since {@code version}. */
    @Transactional
    public void save(StoredRota stored, Rota edited) throws BadInput {
        String text = RotaFileWriter.write(edited, RotaFileFormat.YAML);
        if (!store.replace(stored.id(), stored.version(), stored.name(), RotaFileFormat.YAML, text)) {
            throw new BadInput("the rota was changed or deleted meanwhile; reload it and make the change again");
        }
    }

    /** Replaces a rota with a new file (the API's PUT). */
    @Transactional
    public void replace(StoredRota stored, Read read) throws BadInput {
        String name = read.rota().name().isBlank() ? stored.name() : read.rota().name();
        if (!store.replace(stored.id(), stored.version(), name, read.format(), read.text())) {
            throw new BadInput("the rota was changed or deleted meanwhile; reload it and make the change again");
        }
    }

    @Transactional
    public boolean delete(long id) {
        return store.delete(id);
    }

    private static String text(String name, byte[] content) throws BadInput {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadInput(name + ": the file is not UTF-8 text (save it as UTF-8, or as .xlsx for a workbook)");
        }
    }
}
