package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.rotaguard.core.rota.Doctor;

/**
 * One doctor's yearly pay, element by element.
 *
 * @param doctor             the doctor
 * @param payPoint           the point on the scale used (1–5, or 3a…5c on a split scale)
 * @param basicSalary        full-time basic salary at that point, whole pounds
 * @param averageWeeklyHours rostered work a week, on-call expected work included
 * @param nightHoursPerWeek  enhanced (night) hours a week
 * @param weekendsWorked     weekends worked for the allowance (duties starting on Saturday or Sunday)
 * @param weeks              weeks in the cycle or roster
 * @param onCallPeriods      on-call periods in the cycle or roster
 * @param elements           the elements, in report order
 * @param band               the 2002 band (null for other contracts)
 * @param notes              assumptions made for this doctor
 */
public record DoctorPay(Doctor doctor, String payPoint, int basicSalary, double averageWeeklyHours,
                        double nightHoursPerWeek, int weekendsWorked, double weeks, int onCallPeriods,
                        List<PayElement> elements, String band, List<String> notes) {
    public DoctorPay {
        elements = List.copyOf(elements);
        notes = List.copyOf(notes);
    }

    /** N in "1 in N": weeks ÷ weekends worked; empty when no weekend is worked. */
    public Optional<Double> weekendFrequency() {
        return weekendsWorked == 0 ? Optional.empty() : Optional.of(weeks / weekendsWorked);
    }

    public Optional<PayElement> element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The sum of the elements (each already rounded to the penny). */
    public BigDecimal total() {
        return elements.stream().map(PayElement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
