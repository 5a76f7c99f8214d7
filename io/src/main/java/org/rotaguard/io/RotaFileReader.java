package org.rotaguard.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rotaguard.core.rota.InvalidRotaException;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.RotaProblem;

/**
 * Reads a rota file (YAML or JSON, format {@code rotaguard/1}) into a {@link Rota}.
 *
 * <p>Anything wrong with the input ends in a {@link RotaFileException} listing every problem
 * found, each with the file, line, column and field path. Problems are found in two rounds:
 * first everything about the file itself (syntax, fields, types, values, cells), then, if the
 * file is sound, whether the rota holds together (lines, doctor ids, overlapping duties).
 */
public final class RotaFileReader {
    private RotaFileReader() {
    }

    /** Reads a file; the format follows from its extension (.yaml, .yml or .json). */
    public static Rota read(Path file) throws RotaFileException {
        String name = file.toString();
        Problems problems = new Problems(name);
        RotaFileFormat format = RotaFileFormat.ofFileName(name).orElse(null);
        if (format == null) {
            problems.addForFile("unsupported file type (expected a .yaml, .yml or .json file)");
            throw problems.exception();
        }
        return read(text(file, problems), name, format);
    }

    /**
     * Reads rota text that did not come from a file, such as an upload.
     *
     * @param displayName how messages name the input, e.g. the uploaded file's name
     */
    public static Rota read(String text, String displayName, RotaFileFormat format) throws RotaFileException {
        Problems problems = new Problems(displayName);
        if (text.length() > Limits.MAX_FILE_BYTES) {
            problems.addForFile("the text has " + text.length() + " characters, too many for a rota file (expected at"
                    + " most " + Limits.MAX_FILE_BYTES + ")");
            throw problems.exception();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        SourceText source = new SourceText(text, format);
        LocatedTreeBuilder.Result tree = LocatedTreeBuilder.build(text, source, format, problems);
        if (!tree.complete()) {
            throw problems.exception();
        }
        Rota.Builder builder = fields(tree.root(), source, problems);
        if (builder == null || !problems.isEmpty()) {
            throw problems.exception();
        }
        try {
            return builder.build();
        } catch (InvalidRotaException e) {
            CoreProblemLocator locator = new CoreProblemLocator(tree.root(), new DayStrings(source, problems));
            for (RotaProblem problem : e.problems()) {
                problems.addAtCell(locator.locate(problem), problem.path(), problem.cell(), problem.message());
            }
        } catch (RuntimeException e) {
            // Core refused the rota in a way it does not locate; still the input's fault, not a crash.
            problems.add(tree.root().location(), "", "the rota cannot be built: " + e.getMessage());
        }
        throw problems.exception();
    }

    private static Rota.Builder fields(LocatedNode root, SourceText source, Problems problems) {
        try {
            return new RotaTreeReader(source, problems).read(root);
        } catch (RuntimeException e) {
            // A gap in the reader's own checks, e.g. a core constructor refusing a value.
            problems.add(root.location(), "", "the rota cannot be read: " + e.getMessage());
            return null;
        }
    }

    static String text(Path file, Problems problems) throws RotaFileException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                problems.addForFile("is a directory (expected a rota file)");
                throw problems.exception();
            }
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                problems.addForFile("the file is " + Limits.megabytes(size) + ", too large for a rota file (expected at"
                        + " most " + Limits.megabytes(Limits.MAX_FILE_BYTES) + ")");
                throw problems.exception();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.addForFile("no such file");
            throw problems.exception();
        } catch (AccessDeniedException e) {
            problems.addForFile("permission denied");
            throw problems.exception();
        } catch (IOException e) {
            problems.addForFile("cannot be read: " + e.getMessage());
            throw problems.exception();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.addForFile("is not UTF-8 text (expected a YAML or JSON file saved as UTF-8)");
            throw problems.exception();
        }
    }
}
