package org.rotaguard.core.pay;

import java.math.BigDecimal;

/** The 2002 pay bands and their supplements as a percentage of basic salary (HSC 2000/031; BMA). */
public enum Band {
    BAND_3("3", "100"),
    BAND_2A("2A", "80"),
    BAND_2B("2B", "50"),
    BAND_1A("1A", "50"),
    BAND_1B("1B", "40"),
    BAND_1C("1C", "20"),
    FA("FA", "50"),
    FB("FB", "40"),
    FC("FC", "20"),
    NONE("none", "0");

    private final String id;
    private final BigDecimal percent;

    Band(String id, String percent) {
        this.id = id;
        this.percent = new BigDecimal(percent);
    }

    /** As the JSON report writes it: "3", "2A", …, "FC", "none". */
    public String id() {
        return id;
    }

    public BigDecimal percent() {
        return percent;
    }
}
