package org.rotaguard.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.io.LocatedNode.Entry;
import org.rotaguard.io.LocatedNode.ListNode;
import org.rotaguard.io.LocatedNode.MapNode;
import org.rotaguard.io.LocatedNode.ScalarNode;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON with Jackson's streaming parser into a tree of {@link LocatedNode}s.
 * Databinding would lose positions and silently keep the last of two equal keys; the
 * streaming parser gives each token's line and column and lets duplicates be reported.
 */
final class LocatedTreeBuilder {
    /** The tree, and whether it is whole enough to check field by field. */
    record Result(LocatedNode root, boolean complete) {
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = yamlFactory();

    private final JsonParser parser;
    private final SourceText source;
    private final RotaFileFormat format;
    private final Problems problems;
    private int values;
    private boolean complete = true;

    private LocatedTreeBuilder(JsonParser parser, SourceText source, RotaFileFormat format, Problems problems) {
        this.parser = parser;
        this.source = source;
        this.format = format;
        this.problems = problems;
    }

    static Result build(String text, SourceText source, RotaFileFormat format, Problems problems) {
        JsonFactory factory = format == RotaFileFormat.YAML ? YAML : JSON;
        try (JsonParser parser = factory.createParser(text)) {
            return new LocatedTreeBuilder(parser, source, format, problems).document();
        } catch (JsonProcessingException e) {
            SyntaxMessages.Syntax syntax = SyntaxMessages.of(e, format, source);
            problems.add(syntax.at(), "", syntax.message());
        } catch (Abort e) {
            // already reported
        } catch (IOException | RuntimeException e) {
            // The parser reads from memory, so this is a parser failure rather than I/O; still the file's fault.
            problems.addForFile("cannot be parsed as " + format + ": " + e.getMessage());
        }
        return new Result(null, false);
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        // The reader's own size cap applies first; SnakeYAML's smaller default would cut in before it.
        options.setCodePointLimit((int) Limits.MAX_FILE_BYTES + 1);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    private Result document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems.addForFile("the file is empty (expected a rota beginning with format: rotaguard/1)");
            return new Result(null, false);
        }
        LocatedNode root = node(first, "", 1);
        if (parser.nextToken() != null) {
            problems.add(here(), "", format == RotaFileFormat.YAML
                    ? "a second YAML document starts here (expected a single rota per file)"
                    : "more content after the end of the rota (expected the file to end)");
        }
        return new Result(root, complete);
    }

    private LocatedNode node(JsonToken token, String path, int depth) throws IOException {
        Location at = here();
        if (++values > Limits.MAX_VALUES) {
            problems.add(at, path, "the file holds more than " + Limits.MAX_VALUES
                    + " values (expected a rota of a sensible size)");
            throw new Abort();
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > Limits.MAX_DEPTH) {
            problems.add(at, path, "nested more than " + Limits.MAX_DEPTH
                    + " levels deep (a rota file nests at most 4 levels)");
            throw new Abort();
        }
        return switch (token) {
            case START_OBJECT -> map(path, at, depth);
            case START_ARRAY -> list(path, at, depth);
            case VALUE_STRING -> text(path, at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ScalarNode(path, at, ScalarNode.Kind.NUMBER,
                    parser.getText(), finiteNumber());
            case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(path, at, ScalarNode.Kind.BOOLEAN, parser.getText(), null);
            case VALUE_NULL -> new ScalarNode(path, at, ScalarNode.Kind.NULL, parser.getText(), null);
            default -> {
                // e.g. a YAML !!binary value
                problems.add(at, path, "unsupported value '" + parser.getText()
                        + "' (expected text, a number, true or false, a list or a map)");
                complete = false;
                yield new ScalarNode(path, at, ScalarNode.Kind.NULL, "", null);
            }
        };
    }

    private LocatedNode map(String path, Location at, int depth) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = here();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            LocatedNode value = node(parser.nextToken(), keyPath, depth + 1);
            Entry first = entries.get(key);
            if (first == null) {
                entries.put(key, new Entry(key, keyAt, value));
            } else {
                problems.add(keyAt, keyPath, "duplicate key '" + key + "' (already given at line "
                        + first.keyLocation().line() + ", column " + first.keyLocation().column()
                        + "; expected each key once)");
            }
        }
        expectEnd(token, JsonToken.END_OBJECT);
        return new MapNode(path, at, entries);
    }

    private LocatedNode list(String path, Location at, int depth) throws IOException {
        List<LocatedNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            items.add(node(token, path + "[" + items.size() + "]", depth + 1));
        }
        expectEnd(token, JsonToken.END_ARRAY);
        return new ListNode(path, at, items);
    }

    private LocatedNode text(String path, Location at) throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            problems.add(at, path, "YAML aliases such as '*" + parser.getText()
                    + "' are not supported (expected the value written out in full)");
            complete = false;
            return new ScalarNode(path, at, ScalarNode.Kind.NULL, "", null);
        }
        return new ScalarNode(path, at, ScalarNode.Kind.TEXT, parser.getText(), null);
    }

    private BigDecimal finiteNumber() {
        try {
            return parser.getDecimalValue();
        } catch (IOException | NumberFormatException e) {
            return null; // YAML .inf and .nan: reported where a number is read
        }
    }

    private void expectEnd(JsonToken token, JsonToken end) {
        if (token != end) {
            problems.add(here(), "", "the file ends too early (expected " + (end == JsonToken.END_OBJECT ? "}" : "]")
                    + ")");
            throw new Abort();
        }
    }

    private Location here() {
        JsonLocation location = parser.currentTokenLocation();
        int line = location.getLineNr();
        int column = location.getColumnNr();
        if (line <= 0) {
            return Location.NONE;
        }
        // Jackson counts JSON columns in UTF-16 units and YAML columns in characters.
        return new Location(line, format == RotaFileFormat.JSON ? source.columnOfCharIndex(line, column - 1) : column);
    }

    /** Stops building after a problem that leaves the rest of the tree meaningless. */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }
}
