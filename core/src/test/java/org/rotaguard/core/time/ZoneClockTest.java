package org.rotaguard.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ZoneClockTest {
    private final ZoneClock london = ZoneClock.london();

    private static Instant at(int epochMinute) {
        return Instant.ofEpochSecond(epochMinute * 60L);
    }

    @Test
    void anOrdinaryDayUsesItsOffset() {
        assertThat(at(london.toEpochMinute(LocalDate.of(2026, 8, 5), LocalTime.of(8, 0))))
                .isEqualTo(Instant.parse("2026-08-05T07:00:00Z"));
        assertThat(at(london.toEpochMinute(LocalDate.of(2026, 1, 5), LocalTime.of(8, 0))))
                .isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
    }

    @Test
    void aTimeInTheSpringGapStartsAtTheFirstInstantAfterIt() {
        // 01:30 does not exist on 29 March 2026: the clocks jump from 01:00 GMT to 02:00 BST.
        assertThat(at(london.toEpochMinute(LocalDate.of(2026, 3, 29), LocalTime.of(1, 30))))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(at(london.toEpochMinute(LocalDate.of(2026, 3, 29), LocalTime.of(2, 0))))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(at(london.toEpochMinute(LocalDate.of(2026, 3, 29), LocalTime.of(0, 59))))
                .isEqualTo(Instant.parse("2026-03-29T00:59:00Z"));
    }

    @Test
    void aRepeatedAutumnTimeTakesItsFirstOccurrence() {
        // 01:30 happens twice on 25 October 2026: first in BST (00:30 UTC).
        assertThat(at(london.toEpochMinute(LocalDate.of(2026, 10, 25), LocalTime.of(1, 30))))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(at(london.toEpochMinute(LocalDate.of(2026, 10, 25), LocalTime.of(2, 0))))
                .isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void changeDaysAreKnown() {
        assertThat(london.changesOn(LocalDate.of(2026, 3, 29).toEpochDay())).isTrue();
        assertThat(london.changesOn(LocalDate.of(2026, 10, 25).toEpochDay())).isTrue();
        assertThat(london.changesOn(LocalDate.of(2026, 10, 26).toEpochDay())).isFalse();
    }

    @Test
    void agreesWithJavaTimeOutsideTheGapsForEveryMinuteOfAYearOfDays() {
        ZoneId zone = ZoneId.of("Europe/London");
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            for (int minute = 0; minute < 1440; minute += 17) {
                LocalTime time = LocalTime.of(minute / 60, minute % 60);
                var zoned = d.atTime(time).atZone(zone);
                if (zoned.toLocalTime().equals(time)) { // not in a gap
                    assertThat(at(london.toEpochMinute(d, time))).isEqualTo(zoned.toInstant());
                }
            }
        }
    }

    @Test
    void refusesDatesOutsideItsRange() {
        assertThatThrownBy(() -> london.toEpochMinute(LocalDate.of(1800, 1, 1), LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900");
    }
}
