package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.reporting.Reports.at;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Submissions: minutes beyond the roster exactly, and absurd values refused with the field named. */
class SubmissionTest {

    private static Submission of(String rs, String re, String ws, String we) {
        return Reports.submission(Set.of(Category.HOURS), rs, re, ws, we);
    }

    private static Submission make(ZonedDateTime rs, ZonedDateTime re, ZonedDateTime ws, ZonedDateTime we, int breaks,
                                   boolean onCall, Integer continuous, Integer total, Instant submitted) {
        return new Submission("c-1", "dr.ahmed", "trust-1", "", "", "", Set.of(Category.HOURS), rs, re, ws, we, breaks,
                onCall, continuous, total, "", "", List.of(), submitted);
    }

    private static List<InvalidSubmission.Problem> problems(Runnable r) {
        try {
            r.run();
        } catch (InvalidSubmission e) {
            return e.problems();
        }
        throw new AssertionError("expected the submission to be refused");
    }

    @Test
    void extraMinutesAreTheWorkedTimeOutsideTheRoster() {
        assertThat(of("2026-03-10T08:00", "2026-03-10T17:00", "2026-03-10T08:00", "2026-03-10T18:30").extraMinutes())
                .isEqualTo(90);
        assertThat(of("2026-03-10T08:00", "2026-03-10T17:00", "2026-03-10T07:30", "2026-03-10T17:30").extraMinutes())
                .isEqualTo(60);
        assertThat(of("2026-03-10T08:00", "2026-03-10T17:00", "2026-03-10T09:00", "2026-03-10T16:00").extraMinutes())
                .as("leaving early is not a negative claim").isZero();
        assertThat(of("2026-03-10T08:00", "2026-03-10T17:00", "2026-03-10T09:00", "2026-03-10T17:45").extraMinutes())
                .isEqualTo(45);
        assertThat(of(null, null, "2026-03-10T10:00", "2026-03-10T12:15").extraMinutes())
                .as("nothing rostered: all of it").isEqualTo(135);
    }

    @Test
    void extraMinutesAreExactOnTheSpringForwardNight() {
        // Night 20:00 Sat 28 Mar → 08:00 Sun 29 Mar 2026 lasts 11h; worked until 09:00: one hour beyond.
        Submission s = of("2026-03-28T20:00", "2026-03-29T08:00", "2026-03-28T20:00", "2026-03-29T09:00");
        assertThat(s.workedMinutes()).isEqualTo(12 * 60);
        assertThat(s.extraMinutes()).isEqualTo(60);
        // Called in 00:30–03:30 local with nothing rostered: 2 hours elapsed, not 3.
        assertThat(of(null, null, "2026-03-29T00:30", "2026-03-29T03:30").extraMinutes()).isEqualTo(120);
    }

    @Test
    void extraMinutesAreExactOnTheFallBackNight() {
        // Night 20:00 Sat 24 Oct → 08:00 Sun 25 Oct 2026 lasts 13h; started at 19:00 and stayed until 08:30.
        Submission s = of("2026-10-24T20:00", "2026-10-25T08:00", "2026-10-24T19:00", "2026-10-25T08:30");
        assertThat(s.workedMinutes()).isEqualTo(14 * 60 + 30);
        assertThat(s.extraMinutes()).isEqualTo(90);
        // 00:30–03:30 local on that night is 4 hours elapsed.
        assertThat(of(null, null, "2026-10-25T00:30", "2026-10-25T03:30").extraMinutes()).isEqualTo(240);
    }

    @Test
    void theRepeatedHourIsTellApartByItsOffset() {
        ZonedDateTime firstOneThirty = ZonedDateTime.parse("2026-10-25T01:30+01:00[Europe/London]");
        ZonedDateTime secondOneThirty = ZonedDateTime.parse("2026-10-25T01:30Z[Europe/London]");
        Submission s = make(null, null, firstOneThirty, secondOneThirty, 0, false, null, null,
                Instant.parse("2026-10-25T03:00:00Z"));
        assertThat(s.workedMinutes()).isEqualTo(60);
    }

    @Test
    void theEventDateIsTheLondonDateWorkBegan() {
        Submission s = make(null, null, ZonedDateTime.parse("2026-06-30T23:30Z"), ZonedDateTime.parse("2026-07-01T01:00Z"),
                0, false, null, null, Instant.parse("2026-07-01T02:00:00Z"));
        assertThat(s.eventDate()).hasToString("2026-07-01");
    }

    @Test
    void workedEndMustBeAfterItsStart() {
        assertThat(problems(() -> of(null, null, "2026-03-10T18:00", "2026-03-10T17:00")))
                .extracting(InvalidSubmission.Problem::field).containsExactly("workedEnd");
        assertThat(problems(() -> of(null, null, "2026-03-10T18:00", "2026-03-10T18:00")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("must be after workedStart"));
    }

    @Test
    void absurdValuesAreRefusedAllAtOnceWithTheirFields() {
        InvalidSubmission e = (InvalidSubmission) org.assertj.core.api.Assertions.catchThrowable(() ->
                new Submission(" ", null, "trust-1", "", "", "", Set.of(), at("2026-03-10T08:00"), null,
                        at("2026-03-10T08:00:30"), at("2026-03-13T09:00"), -5, false, 300, null, "x".repeat(10_001), "",
                        List.of(), null));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(InvalidSubmission.Problem::field).containsExactlyInAnyOrder("clientId",
                "doctorUserId", "categories", "narrative", "submittedAt", "workedStart", "workedEnd", "rosteredEnd",
                "breakMinutesMissed", "onCallContinuousRestMinutes");
        assertThat(e.getMessage()).contains("workedStart: times are whole minutes (08:00:30)").contains("longer than 48h");
    }

    @Test
    void aShiftLongerThan48HoursIsRefused() {
        assertThat(problems(() -> of(null, null, "2026-03-10T08:00", "2026-03-12T08:01")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("workedEnd");
                    assertThat(p.message()).contains("longer than 48h");
                });
        assertThat(of(null, null, "2026-03-10T08:00", "2026-03-12T08:00").workedMinutes()).isEqualTo(48 * 60);
    }

    @Test
    void workedTimeADayAwayFromTheRosteredDutyIsRefused() {
        assertThat(problems(() -> of("2026-03-10T08:00", "2026-03-10T17:00", "2026-03-11T17:01", "2026-03-11T18:00")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("workedStart");
                    assertThat(p.message()).contains("check the date");
                });
        assertThat(of("2026-03-10T08:00", "2026-03-10T17:00", "2026-03-11T17:00", "2026-03-11T18:00").extraMinutes())
                .isEqualTo(60);
    }

    @Test
    void hoursCannotBeReportedBeforeTheyAreWorked() {
        assertThat(problems(() -> make(null, null, at("2026-03-10T08:00"), at("2026-03-10T18:00"), 0, false, null, null,
                at("2026-03-10T17:59").toInstant()))).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("workedEnd"));
        assertThat(make(null, null, at("2026-03-10T08:00"), at("2026-03-10T18:00"), 0, false, null, null,
                at("2026-03-10T18:00").toInstant()).extraMinutes()).isEqualTo(600);
    }

    @Test
    void datesBeforeTheContractAreRefused() {
        assertThat(problems(() -> of(null, null, "2016-07-31T08:00", "2016-07-31T09:00"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("before August 2016"));
    }

    @Test
    void breaksMustBeABreakAndNoLongerThanTheWork() {
        assertThat(problems(() -> make(null, null, at("2026-03-10T08:00"), at("2026-03-10T08:20"), 30, false, null, null,
                at("2026-03-10T09:00").toInstant()))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than the 20 minutes worked"));
        assertThat(problems(() -> make(null, null, at("2026-03-10T08:00"), at("2026-03-10T20:00"), 181, false, null,
                null, at("2026-03-10T21:00").toInstant()))).extracting(InvalidSubmission.Problem::field)
                .containsExactly("breakMinutesMissed");
    }

    @Test
    void onCallRestFiguresAreChecked() {
        Instant after = at("2026-03-13T11:00").toInstant();
        assertThat(problems(() -> make(null, null, at("2026-03-12T17:00"), at("2026-03-13T09:00"), 0, true, 400, 300,
                after))).singleElement().satisfies(p -> assertThat(p.message()).contains("cannot exceed the total"));
        assertThat(problems(() -> make(null, null, at("2026-03-12T17:00"), at("2026-03-13T09:00"), 0, true, 601, 700,
                after))).extracting(InvalidSubmission.Problem::field).containsExactly("onCallContinuousRestMinutes");
        assertThat(problems(() -> make(null, null, at("2026-03-12T17:00"), at("2026-03-13T09:00"), 0, false, null, 300,
                after))).extracting(InvalidSubmission.Problem::field).containsExactly("onCallTotalRestMinutes");
        assertThat(make(null, null, at("2026-03-12T17:00"), at("2026-03-13T09:00"), 0, true, null, null, after).onCall())
                .isTrue();
    }

    @Test
    void evidenceIsChecked() {
        assertThatThrownBy(() -> new Evidence(EvidenceKind.CORROBORATION, "Sister Jones", null))
                .hasMessageContaining("registration number");
        assertThat(new Evidence(EvidenceKind.CORROBORATION, "Sister Jones, NMC 12A3456E", null).detail()).contains("NMC");
        assertThatThrownBy(() -> new Evidence(EvidenceKind.LOCATION, " ", null)).hasMessageContaining("needs a detail");
        assertThatThrownBy(() -> new Evidence(null, "x", null)).hasMessageContaining("needs a kind");
    }

    @Test
    void categoriesRouteAndFlag() {
        assertThat(Category.route(Set.of(Category.HOURS), ProcessVersion.V12)).isEqualTo(Route.SUPERVISOR);
        assertThat(Category.route(Set.of(Category.EDUCATION, Category.PORTFOLIO_TRAINING), ProcessVersion.V13))
                .isEqualTo(Route.DME);
        assertThat(Category.route(Set.of(Category.EDUCATION, Category.UNSAFE_STAFFING), ProcessVersion.V13))
                .isEqualTo(Route.HR);
        assertThat(Reports.education().educational()).isTrue();
        assertThat(Reports.hours().immediateSafety()).isFalse();
    }

    @Test
    void emptyItemsInListsAreProblemsNotCrashes() {
        java.util.Set<Category> withNull = new java.util.HashSet<>();
        withNull.add(null);
        java.util.List<Evidence> evidence = new java.util.ArrayList<>();
        evidence.add(null);
        assertThat(problems(() -> new Submission("c", "d", "t", "", "", "", withNull, null, null, at("2026-03-10T08:00"),
                at("2026-03-10T09:00"), 0, false, null, null, "", "", evidence, at("2026-03-10T10:00").toInstant())))
                .extracting(InvalidSubmission.Problem::field).containsExactlyInAnyOrder("categories", "categories",
                        "evidence");
    }

    @Test
    void categoriesKeepTheirDeclaredOrder() {
        Submission s = Reports.submission(Set.of(Category.PORTFOLIO_TRAINING, Category.HOURS, Category.MISSED_BREAK),
                "2026-03-10T08:00", "2026-03-10T17:00", "2026-03-10T08:00", "2026-03-10T17:00");
        assertThat(s.categories()).containsExactly(Category.HOURS, Category.MISSED_BREAK, Category.PORTFOLIO_TRAINING);
    }

    @Test
    void extraMinutesMatchCountingMinuteByMinuteAroundTheClockChanges() {
        org.quicktheories.QuickTheory.qt().withFixedSeed(1016L).withExamples(1500).forAll(
                org.quicktheories.generators.SourceDSL.integers().between(0, 2 * 72 * 60 - 1),
                org.quicktheories.generators.SourceDSL.integers().between(1, 24 * 60),
                org.quicktheories.generators.SourceDSL.integers().between(-12 * 60, 12 * 60),
                org.quicktheories.generators.SourceDSL.integers().between(1, 30 * 60)).checkAssert(
                        (spot, rosterLength, workOffset, workLength) -> {
                            boolean autumn = spot >= 72 * 60;
                            int rosterOffset = spot % (72 * 60) - 36 * 60;
                            // Minutes counted from local midnight of the change day, through the zone's rules.
                            ZonedDateTime midnight = (autumn ? java.time.LocalDate.of(2026, 10, 25)
                                    : java.time.LocalDate.of(2026, 3, 29)).atStartOfDay(Reports.LONDON);
                            ZonedDateTime rs = midnight.plusMinutes(rosterOffset);
                            ZonedDateTime re = rs.plusMinutes(rosterLength);
                            ZonedDateTime ws = rs.plusMinutes(workOffset);
                            ZonedDateTime we = ws.plusMinutes(workLength);
                            if (Math.max(rs.toEpochSecond() - we.toEpochSecond(), ws.toEpochSecond()
                                    - re.toEpochSecond()) > 24 * 3600) {
                                return;
                            }
                            Submission s = make(rs, re, ws, we, 0, false, null, null, we.toInstant());
                            int brute = 0;
                            for (long m = ws.toEpochSecond() / 60; m < we.toEpochSecond() / 60; m++) {
                                if (m < rs.toEpochSecond() / 60 || m >= re.toEpochSecond() / 60) {
                                    brute++;
                                }
                            }
                            assertThat(s.extraMinutes()).isEqualTo(brute);
                            assertThat(s.workedMinutes()).isEqualTo(workLength);
                        });
    }

    @Test
    void evidenceCannotBeCapturedAfterTheSubmission() {
        List<Evidence> evidence = List.of(new Evidence(EvidenceKind.TIMESTAMP, "badge reader 18:31", at("2026-03-10T18:31")),
                new Evidence(EvidenceKind.LOCATION, "Ward 7", at("2026-03-10T19:01")));
        assertThat(problems(() -> new Submission("c", "d", "t", "", "", "", Set.of(Category.HOURS), null, null,
                at("2026-03-10T08:00"), at("2026-03-10T18:30"), 0, false, null, null, "", "", evidence,
                at("2026-03-10T19:00").toInstant()))).extracting(InvalidSubmission.Problem::field)
                .containsExactly("evidence[1].capturedAt");
    }
}
