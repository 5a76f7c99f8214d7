package org.rotaguard.io.guardian;

/** Text cells written so that a spreadsheet opening the file does not run them as formulas. */
final class Csv {
    private Csv() {
    }

    /** A cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
