package org.rotaguard.core.guardian;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The published penalty-rate tables keyed by date, and the v13 fines as parameters. Periods may
 * not overlap; the table is data (read by io's FineTableReader), never derived.
 */
public final class FineTable {
    private final List<FinePeriod> periods;
    private final List<NewFineParameter> newFines;

    public FineTable(List<FinePeriod> periods, List<NewFineParameter> newFines) {
        List<FinePeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(FinePeriod::from));
        for (int i = 1; i < sorted.size(); i++) {
            FinePeriod before = sorted.get(i - 1);
            if (before.until() == null || before.until().isAfter(sorted.get(i).from())) {
                throw new IllegalArgumentException("fine periods " + before.id() + " and " + sorted.get(i).id()
                        + " overlap");
            }
        }
        this.periods = List.copyOf(sorted);
        this.newFines = List.copyOf(newFines);
    }

    public List<FinePeriod> periods() {
        return periods;
    }

    public List<NewFineParameter> newFines() {
        return newFines;
    }

    /** The table in force on a date, if one was published for it. */
    public Optional<FinePeriod> periodOn(LocalDate date) {
        return periods.stream().filter(p -> p.covers(date)).findFirst();
    }

    /** The v13 fine parameter of a type in force on a date. */
    public Optional<NewFineParameter> newFine(FineType type, LocalDate date) {
        return newFines.stream().filter(f -> f.type() == type && !f.from().isAfter(date))
                .max(Comparator.comparing(NewFineParameter::from));
    }
}
