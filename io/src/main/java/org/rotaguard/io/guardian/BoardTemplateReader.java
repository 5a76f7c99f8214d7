package org.rotaguard.io.guardian;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rotaguard.core.guardian.BoardFigures;

/** Reads a board report template from YAML, refusing any table or figure the reports do not have. */
public final class BoardTemplateReader {
    public static final String DEFAULT_RESOURCE = "/org/rotaguard/io/guardian/board-template.yaml";
    public static final String FORMAT = "rotaguard-board-template/1";

    private BoardTemplateReader() {
    }

    /** The shipped template: the reference's sections plus the v13 additions. */
    public static BoardTemplate standard() {
        try (InputStream in = BoardTemplateReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new GuardianDataException(DEFAULT_RESOURCE + ": missing from the build");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "board-template.yaml");
        } catch (IOException e) {
            throw new GuardianDataException(DEFAULT_RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static BoardTemplate read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new GuardianDataException(file + ": no such file");
        } catch (IOException e) {
            throw new GuardianDataException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static BoardTemplate read(String text, String name) {
        YamlTree.MapNode root = YamlTree.parse(text, name).asMap().only(Set.of("format", "id", "title", "sections"));
        String format = root.text("format");
        if (!FORMAT.equals(format)) {
            throw root.required("format").problem("expected '" + FORMAT + "', found '" + format + "'");
        }
        List<BoardTemplate.Section> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlTree.Node item : root.list("sections").items()) {
            BoardTemplate.Section s = section(item.asMap());
            if (!ids.add(s.id())) {
                throw item.problem("section id '" + s.id() + "' is used twice");
            }
            sections.add(s);
        }
        if (sections.isEmpty()) {
            throw root.required("sections").problem("a template needs at least one section");
        }
        return new BoardTemplate(root.text("id"), root.text("title"), sections);
    }

    private static BoardTemplate.Section section(YamlTree.MapNode node) {
        node.only(Set.of("id", "heading", "text", "values", "tables", "narrative"));
        List<BoardTemplate.Value> values = new ArrayList<>();
        for (YamlTree.Node v : node.list("values", false).items()) {
            YamlTree.MapNode m = v.asMap().only(Set.of("key", "label"));
            String key = m.text("key");
            if (!BoardFigures.VALUES.contains(key)) {
                throw m.required("key").problem("no figure '" + key + "' (known: " + String.join(", ",
                        BoardFigures.VALUES) + ")");
            }
            values.add(new BoardTemplate.Value(key, m.text("label")));
        }
        List<String> tables = new ArrayList<>();
        for (YamlTree.Node t : node.list("tables", false).items()) {
            String id = t.asText();
            if (!BoardFigures.TABLES.contains(id)) {
                throw t.problem("no table '" + id + "' (known: " + String.join(", ", BoardFigures.TABLES) + ")");
            }
            tables.add(id);
        }
        return new BoardTemplate.Section(node.text("id"), node.text("heading"), node.text("text", ""), values, tables,
                node.has("narrative") ? node.text("narrative") : null);
    }
}
