package org.rotaguard.io.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rotaguard.core.pay.PayRules;
import org.rotaguard.core.pay.PayScale;
import org.rotaguard.core.pay.WeekendBand;

/** Pins every published value of the pay data, including the uncertain ones, so a change is deliberate. */
class PayDataTest {

    @ParameterizedTest(name = "{0}: {1} / {2} / {3} / {4} / {5}")
    @CsvSource({
        "2016/17, 26350, 30500, 36100, 45750, 0",      // LOW-MED: recollection, = 2017/18 ÷ 1.01
        "2017/18, 26614, 30805, 36461, 46208, 0",
        "2018/19, 27146, 31422, 37191, 47132, 0",
        "2019/20, 27689, 32050, 37935, 48075, 0",
        "2020/21, 28243, 32691, 38694, 49036, 52036",  // NP3 corrected in PC 1/2020 R1; NP5 from 1 Oct 2020
        "2021/22, 28808, 33345, 39467, 50017, 53077",  // NP5 as printed (56,077 from 1 Oct 2021 not used)
        "2022/23, 29384, 34012, 40257, 51017, 58398",
        "2023/24, 32398, 37303, 43923, 55329, 63152",
        "2024/25, 36616, 42008, 49909, 61825, 70425",  // MED-HIGH
        "2025/26, 38831, 44439, 52656, 65048, 73992",
    })
    void fivePointScales(String year, int np1, int np2, int np3, int np4, int np5) {
        PayScale scale = PayData.scale(year);
        assertThat(scale.payYear()).isEqualTo(year);
        assertThat(scale.from().getMonthValue()).isEqualTo(4);
        assertThat(scale.basic()).containsEntry("1", np1).containsEntry("2", np2).containsEntry("3", np3)
                .containsEntry("4", np4);
        if (np5 == 0) {
            assertThat(scale.basic()).doesNotContainKey("5");
        } else {
            assertThat(scale.basic()).containsEntry("5", np5);
        }
        assertThat(scale.split()).isFalse();
    }

    @Test
    void theTenPoint2026Scale() {
        PayScale scale = PayData.scale("2026/27");
        assertThat(scale.basic()).hasSize(10).containsEntry("1", 41226).containsEntry("2", 47610)
                .containsEntry("3a", 55355).containsEntry("3b", 55355).containsEntry("4a", 67325)
                .containsEntry("4b", 67998).containsEntry("4c", 67998).containsEntry("5a", 76582)
                .containsEntry("5b", 77348).containsEntry("5c", 77348);
        assertThat(scale.gradePoints()).containsEntry("CT2", "3b").containsEntry("ST4", "4b")
                .containsEntry("ST5", "4c").containsEntry("ST8", "5c");
        assertThat(PayData.latestYear()).isEqualTo("2026/27");
    }

    @Test
    void publishedOnCallCashIsEightPercentRoundedUp() {
        for (String year : new String[] {"2019/20", "2020/21", "2021/22"}) {
            PayScale scale = PayData.scale(year);
            scale.onCallAllowance().forEach((point, cash) -> assertThat(cash).as(year + " NP" + point)
                    .isEqualTo((int) Math.ceil(scale.basic().get(point) * 0.08 - 1e-9)));
        }
        assertThat(PayData.scale("2019/20").onCallAllowance()).containsEntry("1", 2216).containsEntry("4", 3846);
    }

    @Test
    void theTwoContractsRules() {
        PayRules r2016 = PayData.rules("tcs2016");
        PayRules r2019 = PayData.rules("tcs2016-2019");
        assertThat(r2016.nightRate()).isEqualByComparingTo("0.37");
        assertThat(r2016.ruleBMinimum()).isEqualTo(Duration.ofHours(8));
        assertThat(r2016.ruleC()).isFalse();
        assertThat(r2019.ruleC()).isTrue();
        assertThat(r2016.weekendTable()).extracting(WeekendBand::oneInAtMost).containsExactly(2, 4, 5, 7, 8);
        assertThat(r2016.weekendTable()).extracting(WeekendBand::percent).extracting(BigDecimal::toPlainString)
                .containsExactly("10", "7.5", "6", "4", "3");
        assertThat(r2019.weekendTable()).extracting(WeekendBand::oneInAtMost).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(r2019.weekendTable()).extracting(WeekendBand::percent).extracting(BigDecimal::toPlainString)
                .containsExactly("15", "10", "7.5", "6", "5", "4", "3");
        assertThat(r2016.onCallPercent()).isEqualByComparingTo("8");
        assertThat(r2016.ltftAllowance()).isZero();
        assertThat(r2019.ltftAllowance()).isEqualTo(1000);
    }

    @Test
    void unknownYearsAndContractsAreRefused() {
        assertThatThrownBy(() -> PayData.scale("2015/16")).isInstanceOf(PayDataException.class)
                .hasMessageContaining("no pay scale for pay year '2015/16'");
        assertThatThrownBy(() -> PayData.rules("wtr-1998")).isInstanceOf(PayDataException.class)
                .hasMessageContaining("no pay rules for contract 'wtr-1998'");
    }
}
