package org.rotaguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.io.TestFiles.ASSIGNMENTS_ROTA;
import static org.rotaguard.io.TestFiles.TEMPLATE_ROTA;
import static org.rotaguard.io.TestFiles.changed;
import static org.rotaguard.io.TestFiles.yaml;
import static org.rotaguard.io.TestFiles.yamlProblems;

import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of problem in a rota file's fields, with its exact message and location. */
class RotaFileFieldProblemsTest {
    private static final String D = "D: { start: \"09:00\", end: \"17:00\" }";
    private static final String N = "N: { start: \"20:00\", end: \"08:30\" }";
    private static final String DOCTOR_A = "{ id: A, line: 1 }";
    private static final String DOCTOR_B = "{ id: B, line: 2 }";

    @Test
    void theTestRotasAreSound() throws RotaFileException {
        assertThat(yaml(TEMPLATE_ROTA).doctors()).hasSize(2);
        assertThat(yaml(ASSIGNMENTS_ROTA).doctors()).hasSize(2);
    }

    @Nested
    class RequiredFields {
        @Test
        void format() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "format: rotaguard/1\n", "")))
                    .isEqualTo("ed.yaml:1:1: format: missing required field 'format' (expected rotaguard/1)");
        }

        @Test
        void formatOfAnotherVersion() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "rotaguard/1", "rotaguard/2")))
                    .isEqualTo("ed.yaml:1:9: format: 'rotaguard/2' is not a supported format (expected rotaguard/1)");
        }

        @Test
        void start() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "start: 2026-08-05\n", "")))
                    .isEqualTo("ed.yaml:1:1: start: missing required field 'start' (expected an ISO date YYYY-MM-DD,"
                            + " e.g. 2026-08-05)");
        }

        @Test
        void shifts() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "shifts:\n  " + D + "\n  " + N + "\n", "")))
                    .isEqualTo("ed.yaml:1:1: shifts: missing required field 'shifts' (expected a map from shift code"
                            + " to shift type)");
        }

        @Test
        void doctors() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "doctors:\n  - " + DOCTOR_A + "\n  - " + DOCTOR_B + "\n", "")))
                    .isEqualTo("ed.yaml:1:1: doctors: missing required field 'doctors' (expected a list of doctors)");
        }

        @Test
        void doctorId() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, "{ line: 1 }")))
                    .isEqualTo("ed.yaml:7:5: doctors[0].id: missing required field 'id' (expected a unique doctor id)");
        }

        @Test
        void shiftEnd() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, D, "D: { start: \"09:00\" }")))
                    .isEqualTo("ed.yaml:4:6: shifts.D.end: missing required field 'end' (expected a clock time HH:MM,"
                            + " e.g. 09:00)");
        }

        @Test
        void shiftStart() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, D, "D:\n    end: \"17:00\"")))
                    .isEqualTo("ed.yaml:5:5: shifts.D.start: missing required field 'start' (expected a clock time"
                            + " HH:MM, e.g. 09:00)");
        }

        @Test
        void templateOrAssignments() {
            String neither = changed(TEMPLATE_ROTA, "template:\n  - \"D  D  N  N  -  -  -\"\n  - \"-  -  D  D  D  -  -\"\n",
                    "");
            assertThat(yamlProblems(neither)).isEqualTo("ed.yaml:1:1: missing template or assignments (expected exactly"
                    + " one: template for a cyclic rota, assignments for each doctor's own days)");
        }

        @Test
        void notBothTemplateAndAssignments() {
            String both = TEMPLATE_ROTA + "assignments:\n  A: \"D\"\n  B: \"N\"\n";
            assertThat(yamlProblems(both)).isEqualTo("ed.yaml:12:1: both template and assignments are given (expected"
                    + " exactly one: template for a cyclic rota, assignments for each doctor's own days)");
        }

        @Test
        void aTemplateLineForEachDoctor() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_B, "{ id: B }")))
                    .isEqualTo("ed.yaml:8:5: doctors[1].line: missing: a template rota needs each doctor's starting line"
                            + " (1 to 2)");
        }
    }

    @Nested
    class UnknownFields {
        @Test
        void atTheTop() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "start: 2026", "colour: blue\nstart: 2026")))
                    .isEqualTo("ed.yaml:2:1: colour: unknown field 'colour' (expected one of: format, name, start,"
                            + " timezone, contract, prospectiveCover, bankHolidays, shifts, doctors, shareLines, template,"
                            + " assignments)");
        }

        @Test
        void inAShift() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, D, "D: { start: \"09:00\", end: \"17:00\", colour: red }")))
                    .isEqualTo("ed.yaml:4:38: shifts.D.colour: unknown field 'colour' (expected one of: start, end,"
                            + " onCall, expectedWork, name, dutyType2002, resident, criterionR)");
        }

        @Test
        void inADoctorWhereCaseMatters() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, "{ id: A, line: 1, Line: 2 }")))
                    .isEqualTo("ed.yaml:7:23: doctors[0].Line: unknown field 'Line' (expected one of: id, name, grade,"
                            + " nodalPoint, line, ltft, wtrOptOut, prospectiveCover)");
        }

        @Test
        void inProspectiveCover() {
            String text = changed(TEMPLATE_ROTA, "shifts:",
                    "prospectiveCover: { leaveWeeksPerYear: 6, hoursPerLeaveWeek: 40, weeks: 2 }\nshifts:");
            assertThat(yamlProblems(text)).isEqualTo("ed.yaml:3:66: prospectiveCover.weeks: unknown field 'weeks'"
                    + " (expected one of: leaveWeeksPerYear, hoursPerLeaveWeek)");
        }
    }

    @Nested
    class WrongTypes {
        @Test
        void aListOfShifts() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, D + "\n  " + N, "- D\n  - N")))
                    .isEqualTo("ed.yaml:4:3: shifts: found a list (expected a map from shift code to shift type)");
        }

        @Test
        void aMapOfDoctors() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "- " + DOCTOR_A + "\n  - " + DOCTOR_B, "A: 1\n  B: 2")))
                    .isEqualTo("ed.yaml:7:3: doctors: found a map (expected a list of doctors, e.g. - { id: A, line: 1 })");
        }

        @Test
        void aDoctorAsText() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, "A")))
                    .isEqualTo("ed.yaml:7:5: doctors[0]: found text 'A' (expected a doctor: { id: A, ... })");
        }

        @Test
        void aTemplateAsOneString() {
            String text = changed(TEMPLATE_ROTA, "template:\n  - \"D  D  N  N  -  -  -\"\n  - \"-  -  D  D  D  -  -\"",
                    "template: \"D  D  N  N  -  -  -\"");
            assertThat(yamlProblems(text)).isEqualTo("ed.yaml:9:11: template: found text 'D  D  N  N  -  -  -'"
                    + " (expected a list of week strings, one per template line)");
        }

        @Test
        void anUnquotedWeekThatYamlReadsAsAList() {
            String text = changed(TEMPLATE_ROTA, "\"-  -  D  D  D  -  -\"", "- - - - - - -");
            assertThat(yamlProblems(text)).isEqualTo("ed.yaml:11:5: template[1]: found a list (expected a week string"
                    + " of 7 cells, e.g. \"D  D  N  N  -  -  -\"; quote a day string that starts with '-')");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "yes      | found 'yes' (expected true or false)",
            "1        | found the number 1 (expected true or false)",
            "\"true\" | found text 'true' in quotes (expected true or false, without quotes)",
            "[true]   | found a list (expected true or false)"})
        void onCallThatIsNotTrueOrFalse(String value, String message) {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, N, N.replace(" }", ", onCall: " + value + " }"))))
                    .isEqualTo("ed.yaml:5:46: shifts.N.onCall: " + message);
        }

        @Test
        void aNumberInQuotes() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, "{ id: A, line: 1, ltft: \"0.8\" }")))
                    .isEqualTo("ed.yaml:7:29: doctors[0].ltft: found text '0.8' in quotes (expected a fraction of full"
                            + " time above 0 and at most 1, e.g. 0.8, without quotes)");
        }

        @Test
        void aFreeTextFieldGivenAList() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "start: 2026", "name: [a, b]\nstart: 2026")))
                    .isEqualTo("ed.yaml:2:7: name: found a list (expected free text)");
        }
    }

    @Nested
    class Times {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"25:00\"    | '25:00' is not a clock time (expected HH:MM from 00:00 to 23:59)",
            "\"12:60\"    | '12:60' is not a clock time (expected HH:MM from 00:00 to 23:59)",
            "\"24:00\"    | '24:00' is not a clock time (expected HH:MM from 00:00 to 23:59; write midnight as 00:00)",
            "9am          | '9am' is not a clock time (expected a clock time HH:MM, e.g. 09:00)",
            "\"9:00\"     | '9:00' is not a clock time (expected HH:MM with a two-digit hour, e.g. 09:00)",
            "\"09:00:00\" | '09:00:00' is not a clock time (expected a clock time HH:MM, e.g. 09:00)",
            "900          | '900' is not a clock time (expected a clock time HH:MM, e.g. 09:00)",
            "\"\"         | '' is not a clock time (expected a clock time HH:MM, e.g. 09:00)",
            "~            | found no value (expected a clock time HH:MM, e.g. 09:00)"})
        void impossibleTimes(String value, String message) {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "\"09:00\"", value)))
                    .isEqualTo("ed.yaml:4:15: shifts.D.start: " + message);
        }

        @Test
        void anUnquotedTimeIsTakenAsWritten() throws RotaFileException {
            // YAML 1.1 reads 09:00 as the number 540; the reader keeps the text.
            assertThat(yaml(changed(TEMPLATE_ROTA, "\"09:00\"", "09:00")).shiftType("D").start())
                    .isEqualTo(LocalTime.of(9, 0));
        }
    }

    @Nested
    class DatesAndZones {
        @Test
        void aDateThatDoesNotExist() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "2026-08-05", "2026-02-30")))
                    .isEqualTo("ed.yaml:2:8: start: '2026-02-30' is not a real date (expected an ISO date YYYY-MM-DD,"
                            + " e.g. 2026-08-05)");
        }

        @Test
        void aDateNotInIsoForm() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "2026-08-05", "05/08/2026")))
                    .isEqualTo("ed.yaml:2:8: start: '05/08/2026' is not a date (expected an ISO date YYYY-MM-DD,"
                            + " e.g. 2026-08-05)");
        }

        @Test
        void aYearBeforeTheClockSupports() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "2026-08-05", "1850-08-05")))
                    .isEqualTo("ed.yaml:2:8: start: date 1850-08-05 is out of range (expected a year from 1911 to 2158)");
        }

        @Test
        void aYearTooLateForTheClock() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "2026-08-05", "2190-08-05")))
                    .isEqualTo("ed.yaml:2:8: start: date 2190-08-05 is out of range (expected a year from 1911 to 2158)");
        }

        @Test
        void anUnknownZone() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "shifts:", "timezone: Europe/Londn\nshifts:")))
                    .isEqualTo("ed.yaml:3:11: timezone: unknown time zone 'Europe/Londn' (expected an IANA time zone"
                            + " such as Europe/London)");
        }

        @Test
        void aFixedOffsetIsNotAZone() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "shifts:", "timezone: \"+01:00\"\nshifts:")))
                    .isEqualTo("ed.yaml:3:11: timezone: unknown time zone '+01:00' (expected an IANA time zone such as"
                            + " Europe/London)");
        }

        @Test
        void anotherIanaZoneIsRead() throws RotaFileException {
            assertThat(yaml(changed(TEMPLATE_ROTA, "shifts:", "timezone: America/New_York\nshifts:")).zone())
                    .isEqualTo(ZoneId.of("America/New_York"));
        }

        @Test
        void bankHolidaysThatAreNotDatesOrAreRepeated() {
            String text = changed(TEMPLATE_ROTA, "shifts:", "bankHolidays: [2026-12-25, 2026-12-32, 2026-12-25]\nshifts:");
            assertThat(yamlProblems(text)).isEqualTo("""
                    ed.yaml:3:28: bankHolidays[1]: '2026-12-32' is not a real date (expected an ISO date YYYY-MM-DD,\
                     e.g. 2026-08-05)
                    ed.yaml:3:40: bankHolidays[2]: 2026-12-25 is listed twice (already at bankHolidays[0]; expected\
                     each date once)""");
        }

        @Test
        void anUnknownContract() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "shifts:", "contract: tcs2017\nshifts:")))
                    .isEqualTo("ed.yaml:3:11: contract: unknown contract 'tcs2017' (expected one of: tcs2016,"
                            + " tcs2016-2019, new-deal-2002, wtr-1998)");
        }
    }

    @Nested
    class Cells {
        @Test
        void aWeekOfSixCells() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "\"-  -  D  D  D  -  -\"", "\"-  -  D  D  D  -\"")))
                    .isEqualTo("ed.yaml:11:5: template[1]: template line 2 has 6 cells (expected 7, one per day)");
        }

        @Test
        void aWeekOfEightCells() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "\"-  -  D  D  D  -  -\"", "\"-  -  D  D  D  -  -  -\"")))
                    .isEqualTo("ed.yaml:11:5: template[1]: template line 2 has 8 cells (expected 7, one per day)");
        }

        @Test
        void anUnknownShiftCodePointsAtTheCell() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "\"D  D  N  N", "\"D  D  X  N")))
                    .isEqualTo("ed.yaml:10:12: template[0]: cell 3: unknown shift code 'X' (defined: D, N)");
        }

        @Test
        void anUnknownCodeJoinedToAKnownOnePointsAtTheCode() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "\"D  D  N  N  -", "\"D  D  D+X  N  -")))
                    .isEqualTo("ed.yaml:10:14: template[0]: cell 3: unknown shift code 'X' (defined: D, N)");
        }

        @ParameterizedTest
        @CsvSource({"D++N", "+D", "D+", "-+D", "D*", "9"})
        void malformedCells(String cell) {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "\"D  D  N  N", "\"D  D  " + cell + "  N")))
                    .isEqualTo("ed.yaml:10:12: template[0]: cell 3: malformed cell '" + cell + "' (expected '-', a shift"
                            + " code, or codes joined by single '+', e.g. D+OC)");
        }

        @Test
        void anAssignmentsCell() {
            assertThat(yamlProblems(changed(ASSIGNMENTS_ROTA, "\"N  -  -  D  D\"", "\"N  -  -  D  Q\"")))
                    .isEqualTo("ed.yaml:11:19: assignments.B: cell 5: unknown shift code 'Q' (defined: D, N)");
        }

        @Test
        void aShiftCodeThatCannotBeUsedInCells() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, N, N + "\n  9N: { start: \"20:00\", end: \"08:30\" }")))
                    .isEqualTo("ed.yaml:6:3: shifts.9N: '9N' is not a valid shift code (expected a letter followed by"
                            + " up to 15 letters, digits or underscores)");
        }

        @Test
        void noShiftTypes() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, "shifts:\n  " + D + "\n  " + N, "shifts: {}")))
                    .isEqualTo("ed.yaml:3:9: shifts: no shift types (expected at least one, e.g. D: { start:"
                            + " \"09:00\", end: \"17:00\" })");
        }
    }

    @Nested
    class Duplicates {
        @Test
        void aShiftCodeDefinedTwice() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, N, N + "\n  D: { start: \"08:00\", end: \"16:00\" }")))
                    .isEqualTo("ed.yaml:6:3: shifts.D: duplicate key 'D' (already given at line 4, column 3; expected"
                            + " each key once)");
        }

        @Test
        void aDoctorAssignedTwice() {
            assertThat(yamlProblems(ASSIGNMENTS_ROTA + "  A: \"-  -  -\"\n"))
                    .isEqualTo("ed.yaml:12:3: assignments.A: duplicate key 'A' (already given at line 10, column 3;"
                            + " expected each key once)");
        }

        @Test
        void aTopLevelFieldGivenTwice() {
            assertThat(yamlProblems(TEMPLATE_ROTA + "start: 2026-08-06\n"))
                    .isEqualTo("ed.yaml:12:1: start: duplicate key 'start' (already given at line 2, column 1; expected"
                            + " each key once)");
        }

        @Test
        void aDoctorIdUsedTwice() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_B, "{ id: A, line: 2 }")))
                    .isEqualTo("ed.yaml:8:11: doctors[1].id: duplicate doctor id 'A' (already used by doctors[0])");
        }
    }

    @Nested
    class Lines {
        @Test
        void outOfRange() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_B, "{ id: B, line: 7 }")))
                    .isEqualTo("ed.yaml:8:20: doctors[1].line: line 7 is out of range: the template has 2 lines"
                            + " (expected 1 to 2)");
        }

        @Test
        void zero() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_B, "{ id: B, line: 0 }")))
                    .isEqualTo("ed.yaml:8:20: doctors[1].line: line 0 is out of range (expected a template line from 1)");
        }

        @Test
        void twoDoctorsOnOneLine() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_B, "{ id: B, line: 1 }")))
                    .isEqualTo("ed.yaml:8:20: doctors[1].line: line 1 is already taken by doctor 'A' (set shareLines:"
                            + " true to let doctors share a line)");
        }

        @Test
        void twoDoctorsOnOneLineWhenTheFileAllowsIt() throws RotaFileException {
            String text = changed(TEMPLATE_ROTA, DOCTOR_B, "{ id: B, line: 1 }", "template:", "shareLines: true\ntemplate:");
            assertThat(yaml(text).shareLines()).isTrue();
        }

        @Test
        void sharedLinesInARotaOfAssignments() {
            assertThat(yamlProblems(changed(ASSIGNMENTS_ROTA, "assignments:", "shareLines: true\nassignments:")))
                    .isEqualTo("ed.yaml:9:13: shareLines: shareLines applies only to a template rota; this rota has"
                            + " assignments (expected no shareLines)");
        }

        @Test
        void aLineInARotaOfAssignments() {
            assertThat(yamlProblems(changed(ASSIGNMENTS_ROTA, "- id: B", "- { id: B, line: 1 }")))
                    .isEqualTo("ed.yaml:8:20: doctors[1].line: a line applies only to a template rota; this rota has"
                            + " assignments");
        }

        @Test
        void assignmentsForSomeoneWhoIsNotADoctor() {
            assertThat(yamlProblems(changed(ASSIGNMENTS_ROTA, "  B: \"N", "  C: \"N")))
                    .isEqualTo("""
                            ed.yaml:10:3: assignments: missing the days of doctor 'B'
                            ed.yaml:11:6: assignments.C: no doctor has id 'C'""");
        }
    }

    @Nested
    class AbsurdValues {
        @ParameterizedTest
        @CsvSource({"0", "1.5", "-0.5"})
        void ltft(String value) {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, "{ id: A, line: 1, ltft: " + value + " }")))
                    .isEqualTo("ed.yaml:7:29: doctors[0].ltft: ltft " + value + " is out of range (expected a fraction"
                            + " of full time above 0 and at most 1, e.g. 0.8)");
        }

        @ParameterizedTest
        @CsvSource({"0", "6"})
        void nodalPoint(String value) {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, "{ id: A, line: 1, nodalPoint: " + value + " }")))
                    .isEqualTo("ed.yaml:7:35: doctors[0].nodalPoint: nodalPoint " + value + " is out of range (expected"
                            + " a nodal point from 1 to 5)");
        }

        @ParameterizedTest
        @CsvSource({".inf", ".nan", "1e999999999"})
        void numbersThatCannotBeUsed(String value) {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, "{ id: A, line: 1, ltft: " + value + " }")))
                    .isEqualTo("ed.yaml:7:29: doctors[0].ltft: '" + value + "' is not a usable number (expected a"
                            + " fraction of full time above 0 and at most 1, e.g. 0.8)");
        }

        @Test
        void aNodalPointThatIsNotWhole() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, "{ id: A, line: 1, nodalPoint: 4.5 }")))
                    .isEqualTo("ed.yaml:7:35: doctors[0].nodalPoint: '4.5' is not a whole number (expected a nodal point"
                            + " from 1 to 5)");
        }

        @Test
        void negativeExpectedWork() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, N, N.replace(" }", ", onCall: true, expectedWork: -1 }"))))
                    .isEqualTo("ed.yaml:5:66: shifts.N.expectedWork: expectedWork -1 is out of range (expected the"
                            + " hours of work in one on-call period, at least 0)");
        }

        @Test
        void expectedWorkLongerThanThePeriod() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, N, N.replace(" }", ", onCall: true, expectedWork: 13 }"))))
                    .isEqualTo("ed.yaml:5:66: shifts.N.expectedWork: expectedWork of 13 hours is longer than the period"
                            + " itself (expected at most 12.5 hours)");
        }

        @Test
        void expectedWorkOnAResidentShift() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, N, N.replace(" }", ", expectedWork: 2 }"))))
                    .isEqualTo("ed.yaml:5:52: shifts.N.expectedWork: expectedWork applies only to on-call periods"
                            + " (expected onCall: true, or no expectedWork)");
        }

        @Test
        void residentOnAResidentShift() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, N, N.replace(" }", ", resident: true }"))))
                    .isEqualTo("ed.yaml:5:48: shifts.N.resident: resident applies only to on-call periods (expected"
                            + " onCall: true, or no resident)");
        }

        @Test
        void anUnknownDutyType() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, N, N.replace(" }", ", dutyType2002: full }"))))
                    .isEqualTo("ed.yaml:5:52: shifts.N.dutyType2002: unknown New Deal duty type 'full' (expected one of:"
                            + " full-shift, partial-shift, 24h-partial-shift, on-call, normal-day)");
        }

        @Test
        void prospectiveCoverOutOfRange() {
            String text = changed(TEMPLATE_ROTA, "shifts:",
                    "prospectiveCover: { leaveWeeksPerYear: 52, hoursPerLeaveWeek: 200 }\nshifts:");
            assertThat(yamlProblems(text)).isEqualTo("""
                    ed.yaml:3:40: prospectiveCover.leaveWeeksPerYear: leaveWeeksPerYear 52 is out of range (expected\
                     weeks of leave a year, from 0 to under 52)
                    ed.yaml:3:63: prospectiveCover.hoursPerLeaveWeek: hoursPerLeaveWeek 200 is out of range (expected\
                     hours credited per week of leave, from 0 to 168)""");
        }

        @Test
        void aDoctorsProspectiveCoverMissingAField() {
            String doctor = "{ id: A, line: 1, prospectiveCover: { leaveWeeksPerYear: 6 } }";
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, doctor)))
                    .isEqualTo("ed.yaml:7:41: doctors[0].prospectiveCover.hoursPerLeaveWeek: missing required field"
                            + " 'hoursPerLeaveWeek' (expected hours credited per week of leave, from 0 to 168)");
        }

        @Test
        void aBlankDoctorId() {
            assertThat(yamlProblems(changed(TEMPLATE_ROTA, DOCTOR_A, "{ id: \" \", line: 1 }")))
                    .isEqualTo("ed.yaml:7:11: doctors[0].id: the doctor id is blank (expected a unique doctor id)");
        }
    }

    @Nested
    class Overlaps {
        @Test
        void inATemplatePointAtTheLaterDuty() {
            String text = changed(TEMPLATE_ROTA, N, N + "\n  L: { start: \"08:00\", end: \"21:00\" }",
                    "\"D  D  N  N", "\"D  D  N  L");
            assertThat(yamlProblems(text)).isEqualTo("ed.yaml:11:15: template[0]: cell 4: duties overlap: L on"
                    + " 2026-08-08 starts 0h30m before the N of 2026-08-07 ends");
        }

        @Test
        void inAssignments() {
            String text = changed(ASSIGNMENTS_ROTA, N, N + "\n  L: { start: \"08:00\", end: \"21:00\" }",
                    "\"N  -  -  D  D\"", "\"N  L  -  D  D\"");
            assertThat(yamlProblems(text)).isEqualTo("ed.yaml:12:10: assignments.B: cell 2: duties overlap: L on"
                    + " 2026-08-06 starts 0h30m before the N of 2026-08-05 ends");
        }
    }

    @Test
    void everyProblemIsReportedInFileOrder() {
        String text = changed(TEMPLATE_ROTA,
                "start: 2026-08-05", "start: 2026-13-01\ncolour: blue",
                "\"17:00\"", "\"17:60\"",
                DOCTOR_B, "{ id: B, line: 2, ltft: 2 }",
                "\"D  D  N  N", "\"D  D  X  N");
        assertThat(yamlProblems(text)).isEqualTo("""
                ed.yaml:2:8: start: '2026-13-01' is not a real date (expected an ISO date YYYY-MM-DD, e.g. 2026-08-05)
                ed.yaml:3:1: colour: unknown field 'colour' (expected one of: format, name, start, timezone, contract,\
                 prospectiveCover, bankHolidays, shifts, doctors, shareLines, template, assignments)
                ed.yaml:5:29: shifts.D.end: '17:60' is not a clock time (expected HH:MM from 00:00 to 23:59)
                ed.yaml:9:29: doctors[1].ltft: ltft 2 is out of range (expected a fraction of full time above 0 and at\
                 most 1, e.g. 0.8)
                ed.yaml:11:12: template[0]: cell 3: unknown shift code 'X' (defined: D, N)""");
    }
}
