package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Pay rules and a scale as the built-in data holds them, for tests of the calculator alone. */
final class TestPay {
    private TestPay() {
    }

    static final PayRules TCS_2016 = new PayRules("tcs2016", "test", 40, new BigDecimal("0.37"), Duration.ofHours(8),
            false, List.of(band(2, "10"), band(4, "7.5"), band(5, "6"), band(7, "4"), band(8, "3")), "2016",
            new BigDecimal("8"), 0);

    static final PayRules TCS_2019 = new PayRules("tcs2016-2019", "test", 40, new BigDecimal("0.37"),
            Duration.ofHours(8), true, List.of(band(2, "15"), band(3, "10"), band(4, "7.5"), band(5, "6"),
            band(6, "5"), band(7, "4"), band(8, "3")), "from 4 December 2019", new BigDecimal("8"), 1000);

    static final PayScale Y2025 = new PayScale("2025/26", LocalDate.of(2025, 4, 1), "test",
            Map.of("1", 38831, "2", 44439, "3", 52656, "4", 65048, "5", 73992), Map.of(), Map.of());

    static WeekendBand band(int oneIn, String percent) {
        return new WeekendBand(oneIn, new BigDecimal(percent), "up to 1 in " + oneIn);
    }

    static BigDecimal pounds(String value) {
        return new BigDecimal(value);
    }
}
