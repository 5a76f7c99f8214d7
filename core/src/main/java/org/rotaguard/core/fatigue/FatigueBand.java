package org.rotaguard.core.fatigue;

import java.util.Locale;

/**
 * Bands of predicted sleepiness on the Karolinska Sleepiness Scale: green below 7 ("sleepy"),
 * amber from 7, red from 8 ("sleepy, some effort to keep awake"). A project choice resting on
 * the scale's verbal anchors and on the accident risk reported at KSS 8 and 9.
 */
public enum FatigueBand {
    GREEN, AMBER, RED;

    /** KSS from which a moment is amber. */
    public static final double AMBER_FROM = 7.0;
    /** KSS from which a moment is red. */
    public static final double RED_FROM = 8.0;

    public static FatigueBand of(double kss) {
        if (kss >= RED_FROM) {
            return RED;
        }
        return kss >= AMBER_FROM ? AMBER : GREEN;
    }

    /** The lower-case name used in reports: green, amber, red. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
