package org.rotaguard.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns parser errors into one located, readable sentence instead of a parser's report. */
final class SyntaxMessages {
    record Syntax(Location at, String message) {
    }

    /** SnakeYAML's token names, in words. */
    private static final Map<String, String> YAML_TOKENS = Map.ofEntries(
            Map.entry("<block end>", "the end of the indented block"),
            Map.entry("<block mapping start>", "a key indented differently from the keys before it"),
            Map.entry("<block sequence start>", "an indented list"),
            Map.entry("<block entry>", "a '-' list item"),
            Map.entry("<stream end>", "the end of the file"),
            Map.entry("<document start>", "'---'"),
            Map.entry("<document end>", "'...'"),
            Map.entry("<scalar>", "a value"),
            Map.entry("<key>", "a key"),
            Map.entry("<value>", "':'"),
            Map.entry("<flow mapping start>", "'{'"),
            Map.entry("<flow mapping end>", "'}'"),
            Map.entry("<flow sequence start>", "'['"),
            Map.entry("<flow sequence end>", "']'"),
            Map.entry("<flow entry>", "','"),
            Map.entry("<anchor>", "an anchor"),
            Map.entry("<alias>", "an alias"),
            Map.entry("<tag>", "a tag"));

    private static final Map<String, String> YAML_CONTEXTS = Map.of(
            "while parsing a flow sequence", "in the [ ] list that starts at ",
            "while parsing a flow mapping", "in the { } map that starts at ",
            "while parsing a block mapping", "in the map that starts at ",
            "while parsing a block collection", "in the list that starts at ",
            "while scanning a quoted scalar", "in the quoted text that starts at ",
            "while scanning a simple key", "in the key that starts at ",
            "while scanning a block scalar", "in the block text that starts at ");

    private static final Pattern EXPECTED_BUT = Pattern.compile("expected (.*), but (?:found|got) (.*)", Pattern.DOTALL);
    /** SnakeYAML writes a character it did not expect as the character and its code, e.g. ",(44)". */
    private static final Pattern CHARACTER_CODE = Pattern.compile("found (?:'.' |.)?\\((\\d+)\\)", Pattern.DOTALL);
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");

    private SyntaxMessages() {
    }

    static Syntax of(JsonProcessingException e, RotaFileFormat format, SourceText source) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return yaml(marked);
            }
        }
        Location at = Location.NONE;
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            int column = location.getColumnNr();
            at = new Location(location.getLineNr(), format == RotaFileFormat.JSON
                    ? source.columnOfCharIndex(location.getLineNr(), column - 1) : column);
        }
        String message = format == RotaFileFormat.JSON ? json(e.getOriginalMessage()) : yamlOther(e.getOriginalMessage());
        return new Syntax(at, format + " syntax error: " + message);
    }

    private static Syntax yaml(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().trim();
        String context = e.getContext() == null ? "" : e.getContext().trim();
        Mark contextMark = e.getContextMark();
        if (problem.contains("end of stream") && context.equals("while scanning a quoted scalar") && contextMark != null) {
            return new Syntax(at(contextMark), "YAML syntax error: the quoted text that starts here is never closed"
                    + " (expected a closing quote on the same value)");
        }
        String text = yamlProblem(problem);
        String where = YAML_CONTEXTS.get(context);
        if (where != null && contextMark != null) {
            text += ", " + where + "line " + (contextMark.getLine() + 1) + ", column " + (contextMark.getColumn() + 1);
        }
        return new Syntax(at(e.getProblemMark()), "YAML syntax error: " + text);
    }

    /** Errors Jackson raises itself while turning YAML events into tokens. */
    private static String yamlOther(String message) {
        if (message.startsWith("Expected a field name")) {
            return "a key must be plain text, not a list or a map";
        }
        if (message.contains("base64")) {
            return "YAML tags such as !!binary are not supported (expected plain text)";
        }
        return message;
    }

    private static String yamlProblem(String problem) {
        if (problem.equals("mapping values are not allowed here")) {
            return "':' is not allowed here (quote a value that contains ': ', or check the indentation)";
        }
        if (problem.equals("sequence entries are not allowed here")) {
            return "a '-' list item is not allowed here (quote a value that starts with '-', e.g. \"-  D  N\")";
        }
        if (problem.contains("\\t(TAB)") || problem.contains("\t(TAB)")) {
            return "a tab character is not allowed here (indent with spaces)";
        }
        if (problem.equals("could not find expected ':'")) {
            return "a key without ':' (expected key: value)";
        }
        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (cannotStart.lookingAt()) {
            return "the character '" + cannotStart.group(1) + "' cannot start a value (quote the value)";
        }
        String text = problem.replaceAll(" ?\\(Do not use .* for indentation\\)", "")
                .replace("found unexpected end of stream", "the file ends too early");
        for (Map.Entry<String, String> token : YAML_TOKENS.entrySet()) {
            text = text.replace("'" + token.getKey() + "'", token.getValue()).replace(token.getKey(), token.getValue());
        }
        text = CHARACTER_CODE.matcher(text).replaceAll(code -> "found " + character(Integer.parseInt(code.group(1))));
        Matcher m = EXPECTED_BUT.matcher(text);
        if (m.matches()) {
            String found = m.group(2).trim();
            text = "found " + (found.length() == 1 ? "'" + found + "'" : found) + " (expected " + m.group(1) + ")";
            text = text.replace("found found ", "found ");
        }
        return text;
    }

    private static String json(String original) {
        String text = original;
        for (String[] rule : JSON_RULES) {
            text = text.replaceAll(rule[0], rule[1]);
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Jackson's JSON messages (regex, replacement), applied in order. */
    private static final String[][] JSON_RULES = {
        {"\\[Source: [^;]*; line: (\\d+), column: (\\d+)]", "line $1, column $2"},
        {" \\(code \\d+\\)", ""},
        {", from `[^`]*`", ""},
        {"Unexpected end-of-input: expected close marker for Object \\(start marker at (.*)\\)",
            "the file ends too early (expected '}' to close the map that starts at $1)"},
        {"Unexpected end-of-input: expected close marker for Array \\(start marker at (.*)\\)",
            "the file ends too early (expected ']' to close the list that starts at $1)"},
        {"Unexpected close marker '(.)': expected '(.)' \\(for Object starting at (.*)\\)",
            "unexpected '$1' (expected '$2' to close the map that starts at $3)"},
        {"Unexpected close marker '(.)': expected '(.)' \\(for Array starting at (.*)\\)",
            "unexpected '$1' (expected '$2' to close the list that starts at $3)"},
        {"Illegal unquoted character \\(\\(CTRL-CHAR, code (?:10|13)\\)\\): has to be escaped.*",
            "a line break inside quoted text (expected the closing quote first, or \\\\n)"},
        {"Illegal unquoted character \\(\\(CTRL-CHAR, code 9\\)\\): has to be escaped.*",
            "a tab inside quoted text (expected \\\\t)"},
        {"\\(\\(CTRL-CHAR, code \\d+\\)\\)", "(a control character)"},
        {"Unexpected end-of-input", "the file ends too early"},
        {"Unexpected character \\('(.*?)'\\)", "unexpected '$1'"},
        {"Unrecognized token '(.*?)'", "unrecognized word '$1'"},
        {":? (?:was expecting|expected a valid value) \\(JSON String, Number, Array, Object or token 'null', 'true' or"
            + " 'false'\\)", " (expected a value: text in double quotes, a number, a list, a map, true, false or null)"},
        {": was expecting (.*)$", " (expected $1)"},
        {"double-quote to start field name", "a field name in double quotes"},
        {"comma to separate Object entries", "',' between fields"},
        {"comma to separate Array entries", "',' between list items"},
        {"a colon to separate field name and value", "':' between a field name and its value"},
        {"closing quote for a string value", "a closing quote"},
    };

    private static String character(int codePoint) {
        return switch (codePoint) {
            case ' ' -> "a space";
            case '\t' -> "a tab";
            case '\n', '\r' -> "the end of the line";
            default -> Matcher.quoteReplacement("'" + Character.toString(codePoint) + "'");
        };
    }

    private static Location at(Mark mark) {
        // SnakeYAML counts from 0, in characters.
        return new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
