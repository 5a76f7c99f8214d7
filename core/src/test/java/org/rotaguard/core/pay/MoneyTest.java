package org.rotaguard.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void pounds() {
        assertThat(Money.format(new BigDecimal("65048"))).isEqualTo("£65,048.00");
        assertThat(Money.format(new BigDecimal("1234567.005"))).isEqualTo("£1,234,567.01");
        assertThat(Money.format(new BigDecimal("0.5"))).isEqualTo("£0.50");
        assertThat(Money.format(new BigDecimal("999"))).isEqualTo("£999.00");
        assertThat(Money.format(new BigDecimal("-256.07"))).isEqualTo("-£256.07");
        assertThat(Money.formatShort(new BigDecimal("65048"))).isEqualTo("£65,048");
        assertThat(Money.rate(new BigDecimal("1383.875"))).isEqualTo("£1,383.875");
        assertThat(Money.rate(new BigDecimal("1626.2"))).isEqualTo("£1,626.20");
        assertThat(Money.rate(new BigDecimal("1699.95"))).isEqualTo("£1,699.95");
        assertThat(Money.rate(new BigDecimal("1030.666666666"))).isEqualTo("£1,030.6667");
        assertThat(Money.formatShort(new BigDecimal("1000.00"))).isEqualTo("£1,000");
        assertThat(Money.formatShort(new BigDecimal("5099.85"))).isEqualTo("£5,099.85");
    }

    @Test
    void hours() {
        assertThat(Money.hours(47.95)).isEqualTo("47.95");
        assertThat(Money.hours(5.875)).isEqualTo("5.875");
        assertThat(Money.hours(12)).isEqualTo("12.00");
        assertThat(Money.hours(1.69270833)).isEqualTo("1.6927");
        assertThat(Money.hours(0)).isEqualTo("0.00");
        assertThat(Money.twoPlaces(2.4)).isEqualTo("2.40");
        assertThat(Money.twoPlaces(1.7142857)).isEqualTo("1.71");
    }
}
