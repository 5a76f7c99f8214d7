package org.rotaguard.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.app.Pricing;
import org.rotaguard.app.UsageError;
import org.rotaguard.core.pay.DoctorPay;
import org.rotaguard.core.pay.Money;
import org.rotaguard.core.pay.PayException;
import org.rotaguard.core.pay.RotaPay;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.InvalidRotaException;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.pay.PayData;
import org.rotaguard.io.report.PayText;
import org.rotaguard.io.table.PaySheet;

/**
 * A rota's pay under one contract and pay year, as the {@code pay} command works it out, for
 * the pages: the command stops at the first doctor it cannot price (no nodal point, a point the
 * year lacks); here that doctor is named with the command's own message and everyone else is
 * priced by the same engine. A contract without pay rules (wtr-1998) is said to have none.
 *
 * @param contract     the contract id
 * @param payYear      the pay year used, empty when the contract has no pay
 * @param payYears     the pay years the contract can be priced for, oldest first
 * @param contractName the contract's name
 * @param scaleSource  where the scale comes from
 * @param pay          the priced doctors, or null when none could be priced
 * @param unpriced     doctor id → why that doctor has no pay
 * @param noPay        why the contract has no pay at all, or null
 * @param rota         the rota
 */
public record PayReport(String contract, String payYear, List<String> payYears, String contractName,
                        String scaleSource, RotaPay pay, Map<String, String> unpriced, String noPay, Rota rota) {

    /** One doctor's line on the page: the pay, or why there is none, worded as the {@code pay} command words it. */
    public record Entry(Doctor doctor, DoctorPay pay, String why) {
        public String anchor() {
            return "pay-" + doctor.id().replaceAll("[^A-Za-z0-9_-]", "_");
        }

        public String facts() {
            return PayText.facts(pay);
        }

        public String hours() {
            return PayText.hours(pay);
        }

        public String total() {
            return Money.format(pay.total());
        }

        /** The elements the report shows, in its order. */
        public List<Element> elements() {
            return pay.elements().stream().filter(e -> PayText.shown(pay, e))
                    .map(e -> new Element(e.id(), e.title(), Money.format(e.amount()), e.rule(), e.working())).toList();
        }
    }

    /** One pay element with its amount written as the report writes it. */
    public record Element(String id, String title, String amount, String rule, List<String> working) {
    }

    static PayReport of(Rota rota, String contract, String payYear) throws BadInput {
        boolean newDeal = Pricing.NEW_DEAL.equals(contract);
        boolean priceable = newDeal || PayData.CONTRACTS.contains(contract);
        if (!priceable) {
            return new PayReport(contract, "", List.of(), "", "", null, Map.of(),
                    "contract '" + contract + "' has no pay rules (pay works for: " + Pricing.priceable() + ")", rota);
        }
        Pricing pricing;
        try {
            pricing = Pricing.of(contract, payYear == null || payYear.isBlank() ? null : payYear);
        } catch (UsageError e) {
            throw new BadInput(e.getMessage());
        }
        Map<String, String> unpriced = new LinkedHashMap<>();
        Rota priced = rota;
        RotaPay pay = null;
        while (pay == null) {
            try {
                pay = pricing.price(priced);
            } catch (PayException e) {
                Doctor named = named(priced, e.getMessage());
                if (named == null) {
                    throw new BadInput(e.getMessage());
                }
                unpriced.put(named.id(), e.getMessage());
                priced = without(priced, named);
                if (priced == null) {
                    break;
                }
            }
        }
        String year = pay != null ? pay.payYear() : payYear == null || payYear.isBlank()
                ? newDeal ? PayData.DEFAULT_YEAR_2002 : PayData.latestYear() : payYear;
        return new PayReport(contract, year, newDeal ? PayData.PAY_YEARS_2002 : PayData.PAY_YEARS,
                pricing.contractName(), pricing.scaleSource(), pay, unpriced, null, rota);
    }

    /** The doctor a pay message is about: every message of the pay engine starts "doctor ID". */
    private static Doctor named(Rota rota, String message) {
        Doctor best = null;
        for (Doctor d : rota.doctors()) {
            String prefix = "doctor " + d.id();
            boolean match = message.startsWith(prefix) && (message.length() == prefix.length()
                    || message.charAt(prefix.length()) == ' ' || message.charAt(prefix.length()) == ':');
            if (match && (best == null || d.id().length() > best.id().length())) {
                best = d;
            }
        }
        return best;
    }

    /** The rota without one doctor (each doctor's pay depends only on their own line or days), or null if none is left. */
    private static Rota without(Rota rota, Doctor doctor) throws BadInput {
        List<Doctor> rest = new ArrayList<>(rota.doctors());
        rest.remove(doctor);
        if (rest.isEmpty()) {
            return null;
        }
        Rota.Builder b = rota.toBuilder().doctors(rest);
        if (rota.schedule() instanceof Assignments assignments) {
            Map<String, List<org.rotaguard.core.rota.Cell>> days = new LinkedHashMap<>(assignments.days());
            days.remove(doctor.id());
            b.schedule(new Assignments(days));
        }
        try {
            return b.build();
        } catch (InvalidRotaException e) {
            throw new BadInput("the rota cannot be priced without " + doctor.label() + ": " + e.getMessage());
        }
    }

    /** Every doctor of the rota in its order, with pay or the reason for none. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Doctor d : rota.doctors()) {
            DoctorPay p = pay == null ? null : pay.doctors().stream().filter(x -> x.doctor().id().equals(d.id()))
                    .findFirst().orElse(null);
            String why = noPay != null ? noPay : unpriced.get(d.id());
            entries.add(new Entry(d, why == null ? p : null, why));
        }
        return entries;
    }

    PaySheet sheet() {
        return new PaySheet(contract, payYear, pay, unpriced, noPay, rota.doctors());
    }
}
