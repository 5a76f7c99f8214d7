package org.rotaguard.io.guardian;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rotaguard.core.guardian.FinePeriod;
import org.rotaguard.core.guardian.FineRates;
import org.rotaguard.core.guardian.FineTable;
import org.rotaguard.core.guardian.FineType;
import org.rotaguard.core.guardian.NewFineParameter;

/** Reads the published penalty-rate tables and the v13 fine parameters from YAML. */
public final class FineTableReader {
    /** The tables shipped with rotaguard. */
    public static final String DEFAULT_RESOURCE = "/org/rotaguard/io/guardian/fines.yaml";
    public static final String FORMAT = "rotaguard-fines/1";
    private static final Pattern NODAL_POINT = Pattern.compile("NP([1-9])");
    private static final Set<String> CONFIDENCE = Set.of("HIGH", "MED", "LOW", "INTERP");

    private FineTableReader() {
    }

    /** The shipped tables (every period and nodal point the circulars publish). */
    public static FineTable standard() {
        try (InputStream in = FineTableReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new GuardianDataException(DEFAULT_RESOURCE + ": missing from the build");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "fines.yaml");
        } catch (IOException e) {
            throw new GuardianDataException(DEFAULT_RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static FineTable read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new GuardianDataException(file + ": no such file");
        } catch (IOException e) {
            throw new GuardianDataException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads YAML text; {@code name} names it in error messages. */
    public static FineTable read(String text, String name) {
        YamlTree.MapNode root = YamlTree.parse(text, name).asMap().only(Set.of("format", "periods", "newFines"));
        String format = root.text("format");
        if (!FORMAT.equals(format)) {
            throw root.required("format").problem("expected '" + FORMAT + "', found '" + format + "'");
        }
        List<FinePeriod> periods = new ArrayList<>();
        for (YamlTree.Node item : root.list("periods").items()) {
            periods.add(period(item.asMap()));
        }
        List<NewFineParameter> newFines = new ArrayList<>();
        for (YamlTree.Node item : root.list("newFines", false).items()) {
            newFines.add(newFine(item.asMap()));
        }
        try {
            return new FineTable(periods, newFines);
        } catch (IllegalArgumentException e) {
            throw root.required("periods").problem(e.getMessage());
        }
    }

    private static FinePeriod period(YamlTree.MapNode node) {
        node.only(Set.of("id", "from", "until", "source", "basic", "enhanced"));
        String id = node.text("id");
        LocalDate from = node.date("from");
        LocalDate until = node.has("until") ? node.date("until") : null;
        Map<Integer, FineRates> basic = rates(node.map("basic"));
        Map<Integer, FineRates> enhanced = rates(node.map("enhanced"));
        try {
            return new FinePeriod(id, from, until, node.text("source"), basic, enhanced);
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }

    private static Map<Integer, FineRates> rates(YamlTree.MapNode node) {
        Map<Integer, FineRates> rates = new LinkedHashMap<>();
        for (Map.Entry<String, YamlTree.Node> e : node.fields().entrySet()) {
            Matcher m = NODAL_POINT.matcher(e.getKey());
            if (!m.matches()) {
                throw e.getValue().problem("expected a nodal point NP1 to NP9, found '" + e.getKey() + "'");
            }
            YamlTree.MapNode r = e.getValue().asMap().only(Set.of("total", "doctor", "guardian"));
            try {
                rates.put(Integer.parseInt(m.group(1)), new FineRates(r.money("total"), r.money("doctor"),
                        r.money("guardian")));
            } catch (IllegalArgumentException ex) {
                throw r.problem(ex.getMessage());
            }
        }
        return rates;
    }

    private static NewFineParameter newFine(YamlTree.MapNode node) {
        node.only(Set.of("type", "from", "amount", "unit", "guardianShare", "verified", "confidence", "source"));
        String typeText = node.text("type");
        FineType type;
        try {
            type = FineType.valueOf(typeText);
        } catch (IllegalArgumentException e) {
            throw node.required("type").problem("expected ACCESS_COMPLETION or INFORMATION_BREACH, found '" + typeText + "'");
        }
        BigDecimal amount = node.has("amount") ? node.money("amount") : null;
        String confidence = node.text("confidence");
        if (!CONFIDENCE.contains(confidence)) {
            throw node.required("confidence").problem("expected HIGH, MED, LOW or INTERP, found '" + confidence + "'");
        }
        try {
            return new NewFineParameter(type, node.date("from"), amount, node.text("unit"),
                    node.required("guardianShare").asDecimal(), node.flag("verified"), confidence, node.text("source"));
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }
}
