package org.rotaguard.solver;

/**
 * The search so far.
 *
 * @param objective the best rota's weighted score, or NaN before the first rota
 * @param bound     the best proven bound on the score
 * @param seconds   elapsed wall time
 * @param solutions rotas found so far
 */
public record Progress(double objective, double bound, double seconds, int solutions) {
    /** The relative gap between the best score and the bound (0 when proven optimal). */
    public double gap() {
        if (Double.isNaN(objective)) {
            return Double.NaN;
        }
        double diff = Math.abs(objective - bound);
        return diff < 1e-9 ? 0 : diff / Math.max(1, Math.abs(objective));
    }

    /** Receives progress while the solver runs (from a solver thread). */
    public interface Listener {
        Listener NONE = p -> { };

        void progress(Progress progress);
    }
}
