package org.rotaguard.io.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rules.Parameters;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.rules.RuleInfo;
import org.rotaguard.core.rules.RuleKind;

/**
 * Loads contract packs: the built-in ones by id ({@code tcs2016}, {@code tcs2016-2019}) and
 * variants from files. A pack may {@code extends} another and then lists only what differs:
 * a rule's parameters are merged over the parent's, and {@code remove} drops rules.
 */
public final class ContractPackReader {
    public static final String FORMAT = "rotaguard-contract/1";
    /** The contracts whose working-hours rules are built in, in the order they are offered. */
    public static final List<String> BUILT_IN = List.of("tcs2016-2019", "tcs2016", "wtr-1998", "new-deal-2002");
    private static final String RESOURCE_DIR = "/org/rotaguard/io/contracts/";
    private static final Set<String> TOP_FIELDS = Set.of("format", "id", "extends", "name", "source", "citation",
            "definitions", "rules", "remove");
    private static final Set<String> RULE_FIELDS = Set.of("kind", "title", "reference");
    private static final int MAX_DEPTH = 8;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** Loads a built-in pack by id, or a pack file when {@code idOrPath} names an existing file. */
    public ContractPack load(String idOrPath) {
        return build(resolve(idOrPath, 0));
    }

    /** Whether the id names a built-in pack. */
    public static boolean isBuiltIn(String id) {
        return ContractPackReader.class.getResource(RESOURCE_DIR + id + ".yaml") != null;
    }

    private Source resolve(String idOrPath, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ContractPackException(idOrPath + ": 'extends' goes more than " + MAX_DEPTH + " packs deep");
        }
        Source source = read(idOrPath);
        ObjectNode node = source.node;
        String format = text(source, node, "format", true);
        if (!FORMAT.equals(format)) {
            throw problem(source, "format", "expected '" + FORMAT + "', found '" + format + "'");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!TOP_FIELDS.contains(name)) {
                throw problem(source, name, "unknown field (expected one of " + String.join(", ", TOP_FIELDS) + ")");
            }
        }
        text(source, node, "id", true);
        if (!node.has("extends")) {
            return source;
        }
        Source parent = resolve(text(source, node, "extends", true), depth + 1);
        return new Source(source.name, merge(parent.node, node, source));
    }

    private Source read(String idOrPath) {
        String resource = RESOURCE_DIR + idOrPath + ".yaml";
        try (InputStream in = ContractPackReader.class.getResourceAsStream(resource)) {
            if (in != null) {
                return parse(idOrPath + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ContractPackException(idOrPath + ": cannot read the built-in pack: " + e.getMessage());
        }
        Path path = Path.of(idOrPath);
        if (!Files.isRegularFile(path)) {
            throw new ContractPackException("unknown contract '" + idOrPath + "' (known: "
                    + String.join(", ", BUILT_IN) + ", or the path of a contract pack file)");
        }
        try {
            if (Files.size(path) > 1_000_000) {
                throw new ContractPackException(path + ": a contract pack over 1 MB is not plausible");
            }
            return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ContractPackException(path + ": cannot read: " + e.getMessage());
        }
    }

    private Source parse(String name, String text) {
        try {
            JsonNode node = yaml.readTree(text);
            if (!(node instanceof ObjectNode object)) {
                throw new ContractPackException(name + ": expected a map of fields at the top level");
            }
            return new Source(name, object);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ContractPackException(name + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid YAML: " + e.getOriginalMessage());
        }
    }

    /** The child's fields over the parent's; rules merge parameter by parameter. */
    private ObjectNode merge(ObjectNode parent, ObjectNode child, Source source) {
        ObjectNode merged = parent.deepCopy();
        merged.remove("remove");
        child.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "rules" -> {
                    ObjectNode rules = (ObjectNode) merged.with("rules");
                    object(source, field.getValue(), "rules").fields().forEachRemaining(rule -> {
                        JsonNode existing = rules.get(rule.getKey());
                        if (existing instanceof ObjectNode base) {
                            ObjectNode copy = base.deepCopy();
                            copy.setAll(object(source, rule.getValue(), "rules." + rule.getKey()));
                            rules.set(rule.getKey(), copy);
                        } else {
                            rules.set(rule.getKey(), rule.getValue());
                        }
                    });
                }
                case "definitions" -> {
                    ObjectNode definitions = (ObjectNode) merged.with("definitions");
                    object(source, field.getValue(), "definitions").fields().forEachRemaining(d -> {
                        JsonNode existing = definitions.get(d.getKey());
                        if (existing instanceof ObjectNode base && d.getValue() instanceof ObjectNode over) {
                            ObjectNode copy = base.deepCopy();
                            copy.setAll(over);
                            definitions.set(d.getKey(), copy);
                        } else {
                            definitions.set(d.getKey(), d.getValue());
                        }
                    });
                }
                case "remove" -> {
                    ObjectNode rules = (ObjectNode) merged.with("rules");
                    for (JsonNode id : field.getValue()) {
                        if (rules.remove(id.asText()) == null) {
                            throw problem(source, "remove", "no rule '" + id.asText() + "' to remove");
                        }
                    }
                }
                case "extends" -> { }
                default -> merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    private ContractPack build(Source source) {
        ObjectNode node = source.node;
        String id = text(source, node, "id", true);
        String citation = node.has("citation") ? text(source, node, "citation", true) : id;
        DutyDefinitions definitions = definitions(source, object(source, node.get("definitions"), "definitions"));
        ObjectNode rulesNode = object(source, node.get("rules"), "rules");
        List<Rule> rules = new ArrayList<>();
        rulesNode.fields().forEachRemaining(entry -> {
            String ruleId = entry.getKey();
            String path = "rules." + ruleId;
            ObjectNode ruleNode = object(source, entry.getValue(), path);
            String kindId = text(source, ruleNode, "kind", true, path);
            RuleKind kind = RuleKind.fromId(kindId).orElseThrow(() -> problem(source, path + ".kind",
                    "unknown rule kind '" + kindId + "' (known: " + RuleKind.ids() + ")"));
            String title = ruleNode.has("title") ? ruleNode.get("title").asText() : ruleId;
            String reference = citation + (ruleNode.has("reference") ? " " + ruleNode.get("reference").asText() : "");
            try {
                rules.add(kind.create(new RuleInfo(ruleId, title, reference, id), new NodeParameters(ruleNode)));
            } catch (IllegalArgumentException e) {
                throw problem(source, path, e.getMessage());
            }
        });
        if (rules.isEmpty()) {
            throw problem(source, "rules", "a contract pack needs at least one rule");
        }
        String name = node.has("name") ? node.get("name").asText() : id;
        String documentSource = node.has("source") ? node.get("source").asText() : "";
        return new ContractPack(id, name, documentSource, definitions, rules);
    }

    private DutyDefinitions definitions(Source source, ObjectNode node) {
        ObjectNode longShift = object(source, node.get("longShift"), "definitions.longShift");
        ObjectNode night = object(source, node.get("nightShift"), "definitions.nightShift");
        ObjectNode evening = object(source, node.get("longEveningShift"), "definitions.longEveningShift");
        ObjectNode weekend = object(source, node.get("weekend"), "definitions.weekend");
        try {
            return new DutyDefinitions(
                    duration(source, longShift, "over", "definitions.longShift"),
                    longShift.path("inclusive").asBoolean(false),
                    time(source, night, "from", "definitions.nightShift"),
                    time(source, night, "to", "definitions.nightShift"),
                    duration(source, night, "atLeast", "definitions.nightShift"),
                    time(source, evening, "startsBefore", "definitions.longEveningShift"),
                    time(source, evening, "endsAfter", "definitions.longEveningShift"),
                    time(source, weekend, "saturdayFrom", "definitions.weekend"),
                    time(source, weekend, "sundayTo", "definitions.weekend"));
        } catch (IllegalArgumentException e) {
            throw problem(source, "definitions", e.getMessage());
        }
    }

    private static Duration duration(Source source, ObjectNode node, String field, String path) {
        String text = text(source, node, field, true, path);
        Duration d = DurationText.parse(text);
        if (d == null) {
            throw problem(source, path + "." + field, "expected a duration such as 13h or 10h30m, found '" + text + "'");
        }
        return d;
    }

    private static LocalTime time(Source source, ObjectNode node, String field, String path) {
        String text = text(source, node, field, true, path);
        try {
            if (!text.matches("\\d\\d:\\d\\d")) {
                throw new DateTimeParseException("not HH:MM", text, 0);
            }
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(source, path + "." + field, "expected a clock time HH:MM, found '" + text + "'");
        }
    }

    private static ObjectNode object(Source source, JsonNode node, String path) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw problem(source, path, "missing");
        }
        if (!(node instanceof ObjectNode object)) {
            throw problem(source, path, "expected a map of fields");
        }
        return object;
    }

    private static String text(Source source, ObjectNode node, String field, boolean required) {
        return text(source, node, field, required, "");
    }

    private static String text(Source source, ObjectNode node, String field, boolean required, String path) {
        JsonNode value = node.get(field);
        String at = path.isEmpty() ? field : path + "." + field;
        if (value == null || value.isNull()) {
            if (required) {
                throw problem(source, at, "missing");
            }
            return null;
        }
        if (!value.isValueNode()) {
            throw problem(source, at, "expected a single value");
        }
        return value.asText();
    }

    private static ContractPackException problem(Source source, String path, String message) {
        return new ContractPackException(source.name + ": " + path + ": " + message);
    }

    private record Source(String name, ObjectNode node) {
    }

    /** A rule's parameters: every field of its node but kind, title and reference. */
    private static final class NodeParameters implements Parameters {
        private final Map<String, JsonNode> values = new LinkedHashMap<>();

        NodeParameters(ObjectNode node) {
            node.fields().forEachRemaining(f -> {
                if (!RULE_FIELDS.contains(f.getKey())) {
                    values.put(f.getKey(), f.getValue());
                }
            });
        }

        @Override
        public Duration duration(String name) {
            String text = value(name).asText();
            Duration d = DurationText.parse(text);
            if (d == null) {
                throw new ParameterException(name + ": expected a duration such as 13h or 10h30m, found '" + text + "'");
            }
            return d;
        }

        @Override
        public int integer(String name) {
            JsonNode v = value(name);
            if (!v.canConvertToExactIntegral() && !v.asText().matches("-?\\d{1,9}")) {
                throw new ParameterException(name + ": expected a whole number, found '" + v.asText() + "'");
            }
            return Integer.parseInt(v.asText().trim());
        }

        @Override
        public boolean flag(String name, boolean otherwise) {
            if (!values.containsKey(name)) {
                return otherwise;
            }
            String text = values.get(name).asText();
            if (!text.equals("true") && !text.equals("false")) {
                throw new ParameterException(name + ": expected true or false, found '" + text + "'");
            }
            return Boolean.parseBoolean(text);
        }

        @Override
        public int integer(String name, int otherwise) {
            return values.containsKey(name) ? integer(name) : otherwise;
        }

        @Override
        public String text(String name) {
            return value(name).asText();
        }

        @Override
        public Set<String> names() {
            return values.keySet();
        }

        private JsonNode value(String name) {
            JsonNode v = values.get(name);
            if (v == null || v.isNull()) {
                throw new ParameterException("missing parameter " + name);
            }
            return v;
        }
    }
}
