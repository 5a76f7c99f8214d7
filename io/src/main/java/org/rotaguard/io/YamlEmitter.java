package org.rotaguard.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rotaguard.io.RotaDocument.Block;
import org.rotaguard.io.RotaDocument.DayString;

/**
 * Writes a {@link RotaDocument} as YAML laid out like the spec's example: shift types and
 * doctors one per line as inline maps, day strings quoted and lined up.
 */
final class YamlEmitter {
    /** Text that every YAML reader takes as a plain string. */
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N} ._/()'&+\\u2013\\u2014-]*");
    /** Words YAML 1.1 or 1.2 would read as true, false or null. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private final StringBuilder out = new StringBuilder();

    private YamlEmitter() {
    }

    static String emit(Block root) {
        YamlEmitter emitter = new YamlEmitter();
        root.forEach(emitter::topLevel);
        return emitter.out.toString();
    }

    private void topLevel(String key, Object value) {
        out.append(scalar(key)).append(':');
        if (value instanceof Block block) {
            int width = block.keySet().stream().mapToInt(k -> scalar(k).length()).max().orElse(0);
            out.append('\n');
            block.forEach((k, v) -> out.append("  ").append(pad(scalar(k) + ":", width + 1)).append(' ')
                    .append(inline(v)).append('\n'));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            list.forEach(item -> out.append("  - ").append(inline(item)).append('\n'));
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static String inline(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> scalar((String) e.getKey()) + ": " + inline(e.getValue()))
                    .collect(Collectors.joining(", ", "{ ", " }"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlEmitter::inline).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof DayString day) {
            return quoted(day.text());
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Boolean || value instanceof LocalDate) {
            return value.toString();
        }
        return scalar((String) value);
    }

    private static String scalar(String text) {
        boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(" ")
                && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT));
        return plain ? text : quoted(text);
    }

    /** A double-quoted YAML scalar; JSON's escapes are valid YAML escapes. */
    private static String quoted(String text) {
        String escaped = new String(JsonStringEncoder.getInstance().quoteAsString(text))
                .replace("\u0085", "\\N").replace("\u2028", "\\L").replace("\u2029", "\\P");
        return '"' + escaped + '"';
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
