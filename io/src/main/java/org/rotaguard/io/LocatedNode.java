package org.rotaguard.io;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value read from a rota file, remembering where it was written and the path that leads
 * to it, so that every problem can name both.
 */
sealed interface LocatedNode {
    String path();

    Location location();

    /** How the value reads in a message: "a map", "text 'abc'", "the number 5", ... */
    String describe();

    /** A map with unique keys, in file order. */
    record MapNode(String path, Location location, Map<String, Entry> entries) implements LocatedNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    /** One key of a map, located where the key is written. */
    record Entry(String key, Location keyLocation, LocatedNode value) {
    }

    record ListNode(String path, Location location, List<LocatedNode> items) implements LocatedNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value with its text exactly as written (YAML may read 09:00 or yes as
     * something else; the reader decides what the text means).
     *
     * @param number the value when the parser saw a finite number, otherwise null
     */
    record ScalarNode(String path, Location location, Kind kind, String text, BigDecimal number)
            implements LocatedNode {

        enum Kind { TEXT, NUMBER, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "text '" + shortened(text) + "'";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> "'" + text + "'";
                case NULL -> "no value";
            };
        }

        private static String shortened(String text) {
            return text.length() <= 40 ? text : text.substring(0, 37) + "...";
        }
    }
}
