package org.rotaguard.solver;

import org.rotaguard.core.service.DesignMode;

/**
 * How to design.
 *
 * @param mode             template or roster
 * @param timeLimitSeconds stop searching after this long and report the best rota and the gap
 * @param allowLocums      leave duties unfilled (as locum gaps, at a high cost) when the doctors cannot cover them;
 *                         when false, cover is a hard constraint
 * @param workers          CP-SAT search workers (0: one per processor, at least 4)
 */
public record DesignOptions(DesignMode mode, double timeLimitSeconds, boolean allowLocums, int workers) {
    public DesignOptions {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
    }

    public static DesignOptions of(DesignMode mode, double timeLimitSeconds) {
        return new DesignOptions(mode, timeLimitSeconds, true, 0);
    }

    int workerCount() {
        return workers > 0 ? workers : Math.max(4, Runtime.getRuntime().availableProcessors());
    }
}
