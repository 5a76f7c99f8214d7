package org.rotaguard.core.rota;

import java.util.regex.Pattern;

/** What a shift code may look like: letters, digits and underscores, not starting with a digit or '-'. */
public final class ShiftCode {
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,15}");

    private ShiftCode() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static String rule() {
        return "a letter followed by up to 15 letters, digits or underscores";
    }
}
