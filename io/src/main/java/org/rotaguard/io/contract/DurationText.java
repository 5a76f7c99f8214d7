package org.rotaguard.io.contract;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as contract packs write them: {@code 13h}, {@code 13h30m}, {@code 45m}. */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,4})m)?");

    private DurationText() {
    }

    /** Parses a duration, or returns null when the text is not one. */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (text.isBlank() || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return null;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return Duration.ofHours(hours).plusMinutes(minutes);
    }
}
