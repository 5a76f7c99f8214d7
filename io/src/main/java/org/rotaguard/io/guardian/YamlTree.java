package org.rotaguard.io.guardian;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A YAML document as a small tree whose every node knows its line and column, so each problem in
 * a guardian data file is reported as file:line:column, the field's path and what is wrong.
 * Scalars keep their text exactly as written (money is read from the text, never through a double).
 */
final class YamlTree {
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTree() {
    }

    /** A node: a map, a list or a scalar (text null for YAML null), located and with its path. */
    sealed interface Node permits MapNode, ListNode, Scalar {
        String file();

        int line();

        int column();

        String path();

        default GuardianDataException problem(String message) {
            return new GuardianDataException(file() + ":" + line() + ":" + column() + ": " + path() + ": " + message);
        }

        default String asText() {
            if (this instanceof Scalar s && s.text() != null) {
                return s.text();
            }
            throw problem(this instanceof Scalar ? "missing a value" : "expected a single value");
        }

        default MapNode asMap() {
            if (this instanceof MapNode m) {
                return m;
            }
            throw problem("expected a map of fields");
        }

        default ListNode asList() {
            if (this instanceof ListNode l) {
                return l;
            }
            throw problem("expected a list");
        }

        default LocalDate asDate() {
            String t = asText();
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw problem("expected a date YYYY-MM-DD, found '" + t + "'");
            }
        }

        /** An amount of money in pounds with at most two decimal places, read from the text as written. */
        default BigDecimal asMoney() {
            String t = asText();
            try {
                BigDecimal v = new BigDecimal(t);
                if (v.scale() > 2) {
                    throw problem("expected pounds and pence (at most two decimal places), found '" + t + "'");
                }
                return v;
            } catch (NumberFormatException e) {
                throw problem("expected an amount such as 63.56, found '" + t + "'");
            }
        }

        default BigDecimal asDecimal() {
            String t = asText();
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                throw problem("expected a number, found '" + t + "'");
            }
        }
    }

    record MapNode(String file, int line, int column, String path, Map<String, Node> fields) implements Node {
        /** Refuses fields other than those allowed (a misspelt field must not be ignored). */
        MapNode only(Set<String> allowed) {
            for (Map.Entry<String, Node> e : fields.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw e.getValue().problem("unknown field (expected one of "
                            + String.join(", ", new TreeSet<>(allowed)) + ")");
                }
            }
            return this;
        }

        Node required(String name) {
            Node n = fields.get(name);
            if (n == null) {
                throw problem("missing field '" + name + "'");
            }
            return n;
        }

        boolean has(String name) {
            Node n = fields.get(name);
            return n != null && !(n instanceof Scalar s && s.text() == null);
        }

        String text(String name) {
            return required(name).asText();
        }

        String text(String name, String otherwise) {
            return has(name) ? text(name) : otherwise;
        }

        MapNode map(String name) {
            return required(name).asMap();
        }

        ListNode list(String name) {
            return required(name).asList();
        }

        ListNode list(String name, boolean required) {
            return required || has(name) ? list(name) : new ListNode(file, line, column, path + "." + name, List.of());
        }

        LocalDate date(String name) {
            return required(name).asDate();
        }

        BigDecimal money(String name) {
            return required(name).asMoney();
        }

        boolean flag(String name) {
            String t = text(name);
            return switch (t) {
                case "true" -> true;
                case "false" -> false;
                default -> throw required(name).problem("expected true or false, found '" + t + "'");
            };
        }
    }

    record ListNode(String file, int line, int column, String path, List<Node> items) implements Node {
    }

    record Scalar(String file, int line, int column, String path, String text) implements Node {
    }

    static Node parse(String text, String file) {
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new GuardianDataException(file + ":1:1: the file is empty");
            }
            Node root = read(p, file, "$");
            if (p.nextToken() != null) {
                throw new GuardianDataException(file + ": more than one document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new GuardianDataException(where + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GuardianDataException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static Node read(JsonParser p, String file, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation nameAt = p.currentTokenLocation();
                    p.nextToken();
                    if (fields.containsKey(name)) {
                        throw new GuardianDataException(file + ":" + nameAt.getLineNr() + ":" + nameAt.getColumnNr()
                                + ": " + path + "." + name + ": given twice");
                    }
                    fields.put(name, read(p, file, path + "." + name));
                }
                return new MapNode(file, line, column, path, fields);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file, path + "[" + i++ + "]"));
                }
                return new ListNode(file, line, column, path, items);
            }
            case VALUE_NULL -> {
                return new Scalar(file, line, column, path, null);
            }
            default -> {
                return new Scalar(file, line, column, path, p.getText());
            }
        }
    }
}
