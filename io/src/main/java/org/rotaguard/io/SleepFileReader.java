package org.rotaguard.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rotaguard.core.fatigue.SleepEpisodes;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.time.ZoneClock;

/**
 * Reads real sleep times (from a sleep diary or a wearable) for the doctors of a rota: a CSV
 * file with the header {@code doctor,start,end} and one sleep period a line. Times are
 * {@code 2026-08-03T23:10} (or with a space for the T) on the rota's local clock, or carry an
 * offset ({@code 2026-10-25T01:30+01:00}); a local time that the clocks skip or repeat must
 * carry one. Blank lines and lines starting with {@code #} are ignored.
 *
 * <p>Every problem is reported with the file, line and column: unknown doctors, unreadable
 * times, a sleep that ends before it starts or lasts more than a day, and sleeps of one doctor
 * that overlap.
 */
public final class SleepFileReader {
    /** A single sleep longer than this is almost surely a mistyped date. */
    private static final int MAX_SLEEP_MINUTES = 24 * 60;
    private static final List<String> HEADER = List.of("doctor", "start", "end");

    private SleepFileReader() {
    }

    private record Period(String doctor, int start, int end, int line) {
    }

    public static Map<String, SleepEpisodes> read(Path file, Rota rota) throws RotaFileException {
        String name = file.toString();
        Problems problems = new Problems(name);
        String text;
        try {
            if (Files.size(file) > Limits.MAX_FILE_BYTES) {
                problems.addForFile("the file is " + Limits.megabytes(Files.size(file)) + ", too large for a sleep "
                        + "file (expected at most " + Limits.megabytes(Limits.MAX_FILE_BYTES) + ")");
                throw problems.exception();
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            problems.addForFile("no such file");
            throw problems.exception();
        } catch (CharacterCodingException e) {
            problems.addForFile("the file is not UTF-8 text");
            throw problems.exception();
        } catch (IOException e) {
            problems.addForFile("cannot read the file: " + e.getMessage());
            throw problems.exception();
        }
        return read(text, name, rota);
    }

    /** Reads sleep-file text; {@code displayName} names it in messages. */
    public static Map<String, SleepEpisodes> read(String text, String displayName, Rota rota)
            throws RotaFileException {
        Problems problems = new Problems(displayName);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Set<String> ids = rota.doctors().stream().map(Doctor::id).collect(Collectors.toSet());
        ZoneClock clock = ZoneClock.of(rota.zone());
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<Period> periods = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = CsvLine.split(line, lineNo, problems);
            if (fields == null) {
                continue;
            }
            if (!header) {
                header = true;
                List<String> names = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
                if (!names.equals(HEADER)) {
                    problems.add(new Location(lineNo, 1), "", "the first line must be the header doctor,start,end"
                            + " (found " + String.join(",", fields) + ")");
                    throw problems.exception();
                }
                continue;
            }
            if (fields.size() != 3) {
                problems.add(new Location(lineNo, 1), "", "expected 3 fields (doctor,start,end), found "
                        + fields.size());
                continue;
            }
            String doctor = fields.get(0).strip();
            if (!ids.contains(doctor)) {
                problems.add(new Location(lineNo, 1), "", "unknown doctor '" + doctor + "' (the rota's doctors are "
                        + String.join(", ", rota.doctors().stream().map(Doctor::id).limit(10).toList())
                        + (ids.size() > 10 ? ", …" : "") + ")");
                continue;
            }
            Integer start = instant(fields.get(1).strip(), "start", clock, rota.zone(), lineNo,
                    column(line, 1), problems);
            Integer end = instant(fields.get(2).strip(), "end", clock, rota.zone(), lineNo, column(line, 2), problems);
            if (start == null || end == null) {
                continue;
            }
            if (end <= start) {
                problems.add(new Location(lineNo, column(line, 2)), "", "the sleep ends at or before its start");
            } else if (end - start > MAX_SLEEP_MINUTES) {
                problems.add(new Location(lineNo, column(line, 2)), "", "a sleep of more than 24 hours ("
                        + org.rotaguard.core.time.Hours.format(end - start) + "); check the dates");
            } else {
                periods.add(new Period(doctor, start, end, lineNo));
            }
        }
        if (!header) {
            problems.addForFile("the file is empty (expected the header doctor,start,end and one sleep a line)");
        }
        Map<String, List<Period>> byDoctor = new LinkedHashMap<>();
        for (Period p : periods) {
            byDoctor.computeIfAbsent(p.doctor(), d -> new ArrayList<>()).add(p);
        }
        Map<String, SleepEpisodes> result = new LinkedHashMap<>();
        byDoctor.forEach((doctor, list) -> {
            list.sort(Comparator.comparingInt(Period::start));
            for (int k = 1; k < list.size(); k++) {
                Period before = list.get(k - 1);
                Period p = list.get(k);
                if (p.start() < before.end()) {
                    Period later = p.line() > before.line() ? p : before;
                    Period earlier = later == p ? before : p;
                    problems.add(new Location(later.line(), 1), "", "this sleep of doctor '" + doctor
                            + "' overlaps the one on line " + earlier.line());
                }
            }
            int[] s = list.stream().mapToInt(Period::start).toArray();
            int[] e = list.stream().mapToInt(Period::end).toArray();
            if (problems.isEmpty()) {
                result.put(doctor, SleepEpisodes.supplied(s, e));
            }
        });
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return result;
    }

    /** 1-based column where field {@code index} starts on the line (for messages). */
    private static int column(String line, int index) {
        int col = 0;
        boolean quoted = false;
        for (int found = 0; col < line.length() && found < index; col++) {
            char c = line.charAt(col);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                found++;
            }
        }
        return col + 1;
    }

    private static Integer instant(String text, String field, ZoneClock clock, ZoneId zone, int line, int column,
                                   Problems problems) {
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11)
                : text;
        Location at = new Location(line, column);
        LocalDateTime local;
        Integer exact = null;
        try {
            local = LocalDateTime.parse(iso);
        } catch (DateTimeParseException notLocal) {
            try {
                OffsetDateTime t = OffsetDateTime.parse(iso);
                local = t.toLocalDateTime();
                exact = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                        Math.floorDiv(t.toEpochSecond(), 60)));
            } catch (DateTimeParseException e) {
                problems.add(at, "", field + ": '" + text + "' is not a date and time (expected e.g. 2026-08-03T23:10,"
                        + " 2026-08-03 23:10 or 2026-10-25T01:30+01:00)");
                return null;
            }
        }
        if (!ZoneClock.supports(local.toLocalDate())) {
            problems.add(at, "", field + ": " + text + " is outside the years " + ZoneClock.MIN_YEAR + "–"
                    + ZoneClock.MAX_YEAR);
            return null;
        }
        if (local.getSecond() != 0 || local.getNano() != 0) {
            problems.add(at, "", field + ": give times to the minute, without seconds (" + text + ")");
            return null;
        }
        if (exact != null) {
            return exact;
        }
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        if (change != null) {
            problems.add(at, "", field + ": " + text + (change.isGap()
                    ? " does not exist on the local clock (the clocks go forward)"
                    : " happens twice on the local clock (the clocks go back)") + "; give the UTC offset, e.g. "
                    + iso + change.getOffsetBefore() + " or " + iso + change.getOffsetAfter());
            return null;
        }
        return clock.toEpochMinute(local.toLocalDate(), local.toLocalTime());
    }

    /** Splits one CSV line: commas separate fields; a field in double quotes may hold commas and "" for a quote. */
    private static final class CsvLine {
        static List<String> split(String line, int lineNo, Problems problems) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    quoted = true;
                    field.setLength(0);
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                problems.add(new Location(lineNo, line.length()), "", "a quoted field is not closed");
                return null;
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
