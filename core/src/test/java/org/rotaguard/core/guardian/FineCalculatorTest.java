package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.guardian.Fixtures.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calculation on a small table; io's tests check the shipped tables against the circulars. */
class FineCalculatorTest {
    private static FineRates r(String total, String doctor, String guardian) {
        return new FineRates(new BigDecimal(total), new BigDecimal(doctor), new BigDecimal(guardian));
    }

    private static final FinePeriod APR_AUG_2019 = new FinePeriod("2019-04-01", LocalDate.of(2019, 4, 1),
            LocalDate.of(2019, 8, 23), "PC 2/2019 R2 p.12", Map.of(1, r("53.11", "23.83", "29.28")),
            Map.of(1, r("72.76", "32.64", "40.12")));
    private static final FinePeriod FROM_AUG_2019 = new FinePeriod("2019-08-23", LocalDate.of(2019, 8, 23), null,
            "PC 2/2019 R2", Map.of(1, r("63.56", "23.83", "39.73")), Map.of(1, r("87.08", "32.64", "54.44")));
    private static final FineTable TABLE = new FineTable(List.of(FROM_AUG_2019, APR_AUG_2019), List.of(
            new NewFineParameter(FineType.ACCESS_COMPLETION, LocalDate.of(2026, 2, 4), null, "day", BigDecimal.ONE,
                    false, "LOW", "not read"),
            new NewFineParameter(FineType.INFORMATION_BREACH, LocalDate.of(2026, 2, 4), new BigDecimal("250.00"),
                    "breach", new BigDecimal("0.5"), false, "LOW", "parameter set locally")));

    private static Breach breach(ZonedDateTime from, int minutes, int enhanced) {
        return new Breach("shift-over-13h", "dr-a", from, from.plusHours(14), minutes, enhanced, "", "");
    }

    @Test
    void anHourAtTheBasicRateIsThePublishedRate() {
        Fine f = FineCalculator.fine(breach(at("2019-08-23T08:00"), 60, 0), 1, "Surgery", TABLE);
        assertThat(f.doctorShare()).isEqualByComparingTo("23.83");
        assertThat(f.guardianShare()).isEqualByComparingTo("39.73");
        assertThat(f.total()).isEqualByComparingTo("63.56");
        assertThat(f.department()).isEqualTo("Surgery");
        assertThat(f.date()).isEqualTo(LocalDate.of(2019, 8, 23));
        assertThat(f.tableRef()).contains("2019-08-23").contains("NP1");
        assertThat(f.working()).contains("1h basic × £23.83 doctor + £39.73 guardian")
                .contains("charged to Surgery £63.56");
    }

    @Test
    void theDayBeforeTheSwitchUsesTheOldTable() {
        Fine f = FineCalculator.fine(breach(at("2019-08-22T23:59"), 60, 0), 1, "Surgery", TABLE);
        assertThat(f.guardianShare()).isEqualByComparingTo("29.28");
        assertThat(f.total()).isEqualByComparingTo("53.11");
    }

    @Test
    void nightMinutesAreAtTheEnhancedRateAndPartHoursArePro() {
        // 90 minutes of which 30 at night: 1h × basic + 0.5h × enhanced.
        Fine f = FineCalculator.fine(breach(at("2020-01-06T08:00"), 90, 30), 1, "Medicine", TABLE);
        assertThat(f.doctorShare()).isEqualByComparingTo("40.15"); // 23.83 + 16.32
        assertThat(f.guardianShare()).isEqualByComparingTo("66.95"); // 39.73 + 27.22
        assertThat(f.total()).isEqualByComparingTo("107.10");
    }

    @Test
    void aMinuteIsRoundedToThePenny() {
        Fine f = FineCalculator.fine(breach(at("2020-01-06T08:00"), 1, 0), 1, "Medicine", TABLE);
        assertThat(f.doctorShare()).isEqualByComparingTo("0.40"); // 23.83 / 60 = 0.397
        assertThat(f.guardianShare()).isEqualByComparingTo("0.66"); // 39.73 / 60 = 0.662
    }

    @Test
    void theBreachDateIsTheLocalDateInLondon() {
        // 23:30 UTC on 22 Aug 2019 is 00:30 BST on the 23rd.
        Fine f = FineCalculator.fine(breach(ZonedDateTime.parse("2019-08-22T23:30Z"), 60, 0), 1, "X", TABLE);
        assertThat(f.date()).isEqualTo(LocalDate.of(2019, 8, 23));
        assertThat(f.total()).isEqualByComparingTo("63.56");
    }

    @Test
    void aDateBeforeAnyPublishedTableIsRefusedNotGuessed() {
        assertThatThrownBy(() -> FineCalculator.fine(breach(at("2019-03-31T08:00"), 60, 0), 1, "X", TABLE))
                .hasMessageContaining("no published penalty rates for 2019-03-31").hasMessageContaining("from 2019-04-01");
    }

    @Test
    void aNodalPointWithoutPublishedFiguresIsRefused() {
        assertThatThrownBy(() -> FineCalculator.fine(breach(at("2020-01-06T08:00"), 60, 0), 5, "X", TABLE))
                .hasMessageContaining("no figures for nodal point 5").hasMessageContaining("published: NP1");
    }

    @Test
    void breachesWithoutMinutesAreNotFined() {
        assertThat(FineCalculator.fines(List.of(breach(at("2020-01-06T08:00"), 0, 0),
                breach(at("2020-01-07T08:00"), 60, 0)), 1, "X", TABLE)).hasSize(1);
    }

    @Test
    void aNewFineWhoseAmountIsNotConfiguredIsRefused() {
        assertThatThrownBy(() -> FineCalculator.newFine(FineType.ACCESS_COMPLETION, "onboard|dr-a", "dr-a", "X",
                LocalDate.of(2026, 3, 1), 1, 3, TABLE)).hasMessageContaining("not configured");
    }

    @Test
    void aConfiguredNewFineIsSplitAndMarkedUnverified() {
        Fine f = FineCalculator.newFine(FineType.INFORMATION_BREACH, "leak-7", "dr-a", "X", LocalDate.of(2026, 3, 1), 1,
                2, TABLE);
        assertThat(f.total()).isEqualByComparingTo("500.00");
        assertThat(f.guardianShare()).isEqualByComparingTo("250.00");
        assertThat(f.doctorShare()).isEqualByComparingTo("250.00");
        assertThat(f.working()).contains("UNVERIFIED");
        assertThat(f.tableRef()).contains("unverified");
    }

    @Test
    void overlappingPeriodsAreRefused() {
        assertThatThrownBy(() -> new FineTable(List.of(APR_AUG_2019, new FinePeriod("x", LocalDate.of(2019, 8, 1), null,
                "s", Map.of(), Map.of())), List.of())).hasMessageContaining("overlap");
    }

    @Test
    void sharesMoreThanAPennyFromTheTotalAreRefused() {
        assertThatThrownBy(() -> r("51.05", "23.37", "27.70")).hasMessageContaining("more than a penny");
        assertThat(r("51.05", "23.37", "27.69").sharesAddUp()).isFalse();
    }
}
