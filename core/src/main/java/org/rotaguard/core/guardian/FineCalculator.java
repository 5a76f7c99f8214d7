package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rotaguard.core.time.Hours;

/**
 * Fines for breaches: the breach's basic-rate hours × the published basic rates and its night
 * hours × the enhanced rates, from the table in force on the breach date (the local date it
 * begins) for the doctor's nodal point, charged to the department. The doctor's share and the
 * guardian's share are each worked out from their printed hourly figures and rounded to the
 * penny; the department is charged their sum.
 */
public final class FineCalculator {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private FineCalculator() {
    }

    /**
     * One fine per breach with any minutes, in the breaches' order.
     *
     * @throws IllegalArgumentException when no published table covers a breach's date and nodal point
     */
    public static List<Fine> fines(List<Breach> breaches, int nodalPoint, String department, FineTable table) {
        List<Fine> fines = new ArrayList<>();
        for (Breach b : breaches) {
            if (b.minutes() > 0) {
                fines.add(fine(b, nodalPoint, department, table));
            }
        }
        return fines;
    }

    /** The fine for one breach. */
    public static Fine fine(Breach b, int nodalPoint, String department, FineTable table) {
        LocalDate date = b.from().withZoneSameInstant(LONDON).toLocalDate();
        FinePeriod period = table.periodOn(date).orElseThrow(() -> new IllegalArgumentException(
                "no published penalty rates for " + date + " (breach " + b.ruleId() + " of doctor " + b.doctorId()
                        + "); the tables cover " + coverage(table)));
        FineRates basic = period.basic(nodalPoint).orElseThrow(() -> missingPoint(period, nodalPoint, date));
        FineRates enhanced = period.enhanced(nodalPoint).orElseThrow(() -> missingPoint(period, nodalPoint, date));
        int basicMinutes = b.basicMinutes();
        int enhancedMinutes = b.enhancedMinutes();
        BigDecimal doctor = money(part(basicMinutes, basic.doctor()).add(part(enhancedMinutes, enhanced.doctor())));
        BigDecimal guardian = money(part(basicMinutes, basic.guardian()).add(part(enhancedMinutes, enhanced.guardian())));
        BigDecimal total = doctor.add(guardian);
        StringBuilder working = new StringBuilder();
        working.append(b.rule().title()).append(": ").append(Hours.format(b.minutes())).append(" (");
        working.append(line("basic", basicMinutes, basic)).append("; ");
        working.append(line("night-enhanced", enhancedMinutes, enhanced)).append("). ");
        working.append("Doctor £").append(doctor.toPlainString()).append(", guardian's fund £")
                .append(guardian.toPlainString()).append(", charged to ").append(department).append(" £")
                .append(total.toPlainString()).append(". Rates: NP").append(nodalPoint).append(", ")
                .append(period.source()).append('.');
        if (!basic.sharesAddUp() || !enhanced.sharesAddUp()) {
            working.append(" The printed shares add up to a penny more than the printed total; the shares are paid as printed.");
        }
        return new Fine(FineType.SAFE_WORKING + "|" + b.key() + "|" + total.toPlainString(), FineType.SAFE_WORKING,
                b.key(), b.doctorId(), department, date, nodalPoint, total, doctor, guardian,
                period.id() + " NP" + nodalPoint + " (" + period.source() + ")", working.toString());
    }

    /**
     * A v13 fine (access and completion, or information breach): units × the configured amount,
     * split by the configured guardian share.
     *
     * @throws IllegalArgumentException when the fine's amount has not been configured
     */
    public static Fine newFine(FineType type, String eventKey, String doctorId, String department, LocalDate date,
                               int nodalPoint, int units, FineTable table) {
        Objects.requireNonNull(eventKey, "eventKey");
        if (units < 1) {
            throw new IllegalArgumentException("a fine needs at least one unit");
        }
        NewFineParameter p = table.newFine(type, date).orElseThrow(() -> new IllegalArgumentException(
                "no " + type + " fine applies on " + date));
        if (!p.configured()) {
            throw new IllegalArgumentException("the amount of the " + type + " fine is not configured: set it in the"
                    + " fine tables (" + p.source() + "; confidence " + p.confidence() + ")");
        }
        BigDecimal total = money(p.amount().multiply(BigDecimal.valueOf(units)));
        BigDecimal guardian = money(total.multiply(p.guardianShare()));
        BigDecimal doctor = total.subtract(guardian);
        String working = units + " × " + p.unit() + " × £" + p.amount().toPlainString() + " = £" + total.toPlainString()
                + "; guardian's fund £" + guardian.toPlainString() + ", doctor £" + doctor.toPlainString()
                + ", charged to " + department + "." + (p.verified() ? "" : " UNVERIFIED amount (confidence "
                + p.confidence() + "): " + p.source() + ".");
        return new Fine(type + "|" + eventKey + "|" + total.toPlainString(), type, eventKey, doctorId, department, date,
                nodalPoint, total, doctor, guardian, type + " from " + p.from() + (p.verified() ? "" : " (unverified)"),
                working);
    }

    private static String line(String band, int minutes, FineRates rates) {
        return Hours.format(minutes) + " " + band + " × £" + rates.doctor().toPlainString() + " doctor + £"
                + rates.guardian().toPlainString() + " guardian an hour (£" + rates.total().toPlainString() + " total)";
    }

    private static BigDecimal part(int minutes, BigDecimal hourly) {
        return hourly.multiply(BigDecimal.valueOf(minutes)).divide(SIXTY, 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static IllegalArgumentException missingPoint(FinePeriod period, int nodalPoint, LocalDate date) {
        return new IllegalArgumentException("the penalty rates in force on " + date + " (" + period.source()
                + ") publish no figures for nodal point " + nodalPoint + "; published: NP"
                + String.join(", NP", period.basic().keySet().stream().sorted().map(String::valueOf).toList()));
    }

    private static String coverage(FineTable table) {
        if (table.periods().isEmpty()) {
            return "no dates";
        }
        FinePeriod last = table.periods().get(table.periods().size() - 1);
        return "from " + table.periods().get(0).from() + (last.until() == null ? " onwards" : " to " + last.until().minusDays(1));
    }
}
