package org.rotaguard.io.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.pay.DoctorPay;
import org.rotaguard.core.pay.Money;
import org.rotaguard.core.pay.PayElement;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rules.Violation;

/** The comparison for people: per doctor, one column per contract. */
public final class CompareText {
    private static final int LABEL = 30;
    private static final int COLUMN = 16;

    private CompareText() {
    }

    public static String write(Comparison c) {
        StringBuilder out = new StringBuilder();
        Comparison.Entry first = c.entries().get(0);
        out.append(first.check().rota().name().isEmpty() ? "Rota" : first.check().rota().name()).append('\n');
        for (Comparison.Entry e : c.entries()) {
            out.append(String.format(Locale.UK, "  %-16s %s%s%n", e.contract(), e.check().contract().name(),
                    e.pay() == null ? " (no pay system)" : ", pay year " + e.pay().payYear()));
        }
        out.append("Amounts are pounds a year. `pay FILE --contract ID` shows the working of each element.\n");
        int count = first.check().doctors().size();
        for (int d = 0; d < count; d++) {
            out.append('\n');
            doctor(out, c, d);
        }
        return out.toString();
    }

    private static void doctor(StringBuilder out, Comparison c, int d) {
        Doctor doctor = c.entries().get(0).check().doctors().get(d).doctor();
        out.append(doctor.name().isEmpty() ? doctor.id() : doctor.name() + " (" + doctor.id() + ")");
        if (!doctor.grade().isEmpty()) {
            out.append(" · ").append(doctor.grade());
        }
        if (doctor.lessThanFullTime()) {
            out.append(String.format(Locale.UK, " · less than full time %.2f", doctor.ltft()));
        }
        out.append('\n');
        row(out, "", c.entries().stream().map(Comparison.Entry::contract).toList());
        row(out, "compliant", c.entries().stream().map(e -> {
            DoctorCheck check = e.check().doctors().get(d);
            return check.compliant() ? "yes" : "no (" + check.violations().size() + ")";
        }).toList());
        boolean anyBand = c.entries().stream().anyMatch(e -> e.pay() != null && e.pay().doctors().get(d).band() != null);
        if (anyBand) {
            row(out, "band", c.entries().stream().map(e -> e.pay() == null || e.pay().doctors().get(d).band() == null
                    ? "—" : e.pay().doctors().get(d).band()).toList());
        }
        Map<String, String> elements = new LinkedHashMap<>();
        for (Comparison.Entry e : c.entries()) {
            if (e.pay() != null) {
                for (PayElement el : e.pay().doctors().get(d).elements()) {
                    elements.putIfAbsent(el.id(), el.title().replaceAll(" \\(.*\\)$", ""));
                }
            }
        }
        for (Map.Entry<String, String> el : elements.entrySet()) {
            List<String> cells = new ArrayList<>();
            boolean nonZero = false;
            for (Comparison.Entry e : c.entries()) {
                BigDecimal amount = e.pay() == null ? null : CompareJson.amount(e.pay().doctors().get(d), el.getKey());
                nonZero |= amount != null && amount.signum() != 0;
                cells.add(amount == null ? "—" : Money.format(amount));
            }
            if (nonZero) {
                row(out, el.getValue(), cells);
            }
        }
        row(out, "Total", c.entries().stream().map(e -> e.pay() == null ? "—"
                : Money.format(e.pay().doctors().get(d).total())).toList());
        DoctorPay base = c.entries().get(0).pay() == null ? null : c.entries().get(0).pay().doctors().get(d);
        if (base != null && c.entries().size() > 1) {
            row(out, "difference from first", c.entries().stream().map(e -> e.pay() == null ? "—"
                    : signed(e.pay().doctors().get(d).total().subtract(base.total()))).toList());
        }
        for (Comparison.Entry e : c.entries()) {
            DoctorCheck check = e.check().doctors().get(d);
            if (check.compliant()) {
                continue;
            }
            Map<String, Integer> byRule = new TreeMap<>();
            for (Violation v : check.violations()) {
                byRule.merge(v.rule(), 1, Integer::sum);
            }
            List<String> parts = new ArrayList<>();
            byRule.forEach((rule, n) -> parts.add(rule + (n > 1 ? " ×" + n : "")));
            out.append("  ").append(e.contract()).append(" findings: ").append(String.join(", ", parts)).append('\n');
        }
    }

    private static String signed(BigDecimal amount) {
        return amount.signum() > 0 ? "+" + Money.format(amount) : amount.signum() < 0
                ? "−" + Money.format(amount.negate()) : Money.format(amount);
    }

    private static void row(StringBuilder out, String label, List<String> cells) {
        out.append("  ").append(String.format(Locale.UK, "%-" + LABEL + "s", label));
        for (String cell : cells) {
            out.append(String.format(Locale.UK, "%" + COLUMN + "s", cell));
        }
        out.append('\n');
    }
}
