package org.rotaguard.io.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.rules.Violation;

class ContractPackReaderTest {
    private static final List<String> SPEC_RULES = List.of("max-average-weekly-hours", "max-hours-in-168",
            "max-shift-length", "min-rest-between-shifts", "max-consecutive-shifts", "rest-after-consecutive-shifts",
            "max-consecutive-long-shifts", "rest-after-long-shifts", "max-consecutive-nights", "rest-after-nights",
            "max-consecutive-long-evenings", "rest-after-long-evenings", "max-weekend-frequency",
            "max-consecutive-on-call", "max-on-call-in-7-days", "day-after-on-call");
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private final ContractPackReader reader = new ContractPackReader();

    @Test
    void bothBuiltInPacksHoldEveryRuleTheSpecListsForThem() {
        for (String id : List.of("tcs2016", "tcs2016-2019")) {
            ContractPack pack = reader.load(id);
            assertThat(pack.id()).isEqualTo(id);
            assertThat(pack.rules()).extracting(Rule::id).containsExactlyInAnyOrderElementsOf(SPEC_RULES);
        }
    }

    @Test
    void referencesNameTheContractVersionAndSchedule() {
        assertThat(reader.load("tcs2016").rule("max-shift-length").orElseThrow().info().reference())
                .isEqualTo("2016 TCS Schedule 3, maximum shift length");
        assertThat(reader.load("tcs2016-2019").rule("rest-after-nights").orElseThrow().info().reference())
                .isEqualTo("2016 TCS (2019) Schedule 3, rest after any run of night shifts");
    }

    @Test
    void eightShiftsInARowAreAllowedIn2016ButNotFrom2019() {
        Rota rota = template("D D D D D D D", "D - - - - - -", "- - - - - - -");
        assertThat(rules(reader.load("tcs2016"), rota)).doesNotContain("max-consecutive-shifts");
        assertThat(rules(reader.load("tcs2016-2019"), rota)).contains("max-consecutive-shifts");
    }

    @Test
    void aSingleNightNeeds46HoursRestFrom2019Only() {
        Rota rota = template("N - D - - - -", "- - - - - - -", "- - - - - - -");
        assertThat(rules(reader.load("tcs2016"), rota)).doesNotContain("rest-after-nights");
        assertThat(rules(reader.load("tcs2016-2019"), rota)).contains("rest-after-nights");
    }

    @Test
    void weekendsOneInTwoAreAllowedIn2016ButNotFrom2019() {
        Rota rota = template("- - - - - D D", "- - - - - - -");
        assertThat(rules(reader.load("tcs2016"), rota)).doesNotContain("max-weekend-frequency");
        assertThat(rules(reader.load("tcs2016-2019"), rota)).contains("max-weekend-frequency");
    }

    @Test
    void fiveLongShiftsInARowAreAllowedIn2016ButNotFrom2019() {
        Rota rota = template("L L L L L - -", "- - - - - - -", "- - - - - - -");
        assertThat(rules(reader.load("tcs2016"), rota)).doesNotContain("max-consecutive-long-shifts");
        assertThat(rules(reader.load("tcs2016-2019"), rota)).contains("max-consecutive-long-shifts");
    }

    @Test
    void aVariantFileChangesOnlyWhatItLists() {
        ContractPack variant = reader.load("../examples/contracts/nights-capped-at-3.yaml");
        assertThat(variant.id()).isEqualTo("tcs2016-2019-nights-3");
        assertThat(variant.rules()).hasSize(SPEC_RULES.size());
        Rota fourNights = template("N N N N - - -", "- - - - - - -", "- - - - - - -");
        assertThat(rules(variant, fourNights)).containsExactly("max-consecutive-nights");
        assertThat(rules(reader.load("tcs2016-2019"), fourNights)).isEmpty();
    }

    @Test
    void aVariantCanRemoveARule() {
        ContractPack pack = reader.load("src/test/resources/packs/no-night-rest.yaml");
        assertThat(pack.rule("rest-after-nights")).isEmpty();
        assertThat(pack.rules()).hasSize(SPEC_RULES.size() - 1);
    }

    @Test
    void badPacksAreRefusedWithTheFileAndField() {
        assertThatThrownBy(() -> reader.load("src/test/resources/packs/bad-kind.yaml"))
                .isInstanceOf(ContractPackException.class)
                .hasMessageContaining("bad-kind.yaml: rules.max-naps.kind: unknown rule kind 'nap-length'");
        assertThatThrownBy(() -> reader.load("src/test/resources/packs/bad-duration.yaml"))
                .hasMessageContaining("rules.max-shift-length: max: expected a duration such as 13h or 10h30m,"
                        + " found 'thirteen hours'");
        assertThatThrownBy(() -> reader.load("src/test/resources/packs/unknown-parameter.yaml"))
                .hasMessageContaining("unknown parameter maxx for a shift-length rule (expected: max)");
        assertThatThrownBy(() -> reader.load("tcs2099"))
                .hasMessageContaining("unknown contract 'tcs2099' (known: tcs2016-2019, tcs2016");
    }

    private static Rota template(String... weeks) {
        Rota.Builder b = Rota.builder(MONDAY)
                .shift(ShiftType.shift("D", LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .shift(ShiftType.shift("N", LocalTime.of(20, 0), LocalTime.of(8, 0)))
                .shift(ShiftType.shift("L", LocalTime.of(8, 0), LocalTime.of(19, 0)))
                .doctor(Doctor.onLine("A", 1));
        return b.template(weeks).build();
    }

    private static List<String> rules(ContractPack pack, Rota rota) {
        return new RotaChecker(pack).check(rota).doctors().get(0).violations().stream().map(Violation::rule)
                .distinct().toList();
    }
}
