package org.rotaguard.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a rota file split into lines the way its parser counts them, to turn parser
 * positions into columns people count (characters, not UTF-16 units) and to find where a
 * cell of a day string sits on its line.
 */
final class SourceText {
    private final List<String> lines = new ArrayList<>();

    SourceText(String text, RotaFileFormat format) {
        // SnakeYAML also breaks lines at NEL, LS and PS; JSON only at CR and LF.
        String breaks = format == RotaFileFormat.YAML ? "\r\n\u0085\u2028\u2029" : "\r\n";
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (breaks.indexOf(c) >= 0) {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
    }

    /** The text of a 1-based line, or "" beyond the file. */
    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** The column in characters of a 1-based column counted in UTF-16 units. */
    int columnOfCharIndex(int lineNumber, int charIndex) {
        String line = line(lineNumber);
        int index = Math.min(Math.max(charIndex, 0), line.length());
        return line.codePointCount(0, index) + 1 + Math.max(0, charIndex - index);
    }

    /** The 0-based UTF-16 index of a 1-based character column. */
    int charIndexOfColumn(int lineNumber, int column) {
        String line = line(lineNumber);
        int characters = line.codePointCount(0, line.length());
        if (column - 1 > characters) {
            return line.length() + (column - 1 - characters);
        }
        return line.offsetByCodePoints(0, Math.max(column - 1, 0));
    }

    /**
     * Where the character at {@code index} of a scalar's text is written. Exact for a scalar on
     * one line written as read (plain or quoted without escapes); otherwise the scalar's start.
     */
    Location locate(LocatedNode.ScalarNode node, int index) {
        Location at = node.location();
        String line = line(at.line());
        int start = charIndexOfColumn(at.line(), at.column());
        if (start < line.length() && (line.charAt(start) == '"' || line.charAt(start) == '\'')) {
            start++;
        }
        String text = node.text();
        if (start + text.length() <= line.length() && line.startsWith(text, start)) {
            return new Location(at.line(), columnOfCharIndex(at.line(), start + index));
        }
        return at;
    }
}
