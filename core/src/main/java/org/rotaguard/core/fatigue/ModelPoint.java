package org.rotaguard.core.fatigue;

/**
 * The model's state at one instant.
 *
 * @param epochMinute the instant, in minutes since the epoch
 * @param asleep      whether the person is asleep then
 * @param s           homeostatic process S
 * @param c           24-hour circadian process C
 * @param u           12-hour process U
 * @param w           sleep inertia W (0 while asleep)
 * @param alertness   A = S + C + U + W
 * @param kss         predicted Karolinska Sleepiness Scale, not clamped
 */
public record ModelPoint(int epochMinute, boolean asleep, double s, double c, double u, double w, double alertness,
                         double kss) {
}
