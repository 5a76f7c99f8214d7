package org.rotaguard.app;

import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.fatigue.FatigueModel;
import org.rotaguard.core.fatigue.FatigueScorer;
import org.rotaguard.io.report.CheckJson;

/**
 * The machine-readable check report, the same wherever it is asked for: the command line's
 * {@code check --format json} and the web application's check API answer with this text.
 */
public final class CheckReports {
    private CheckReports() {
    }

    /** The check report with each doctor's fatigue scores, as {@code check --format json} prints it. */
    public static String json(RotaCheck result) {
        return CheckJson.write(result, new FatigueScorer(FatigueModel.DEFAULT).score(result.rota()));
    }
}
