package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An approved exception-report pay claim as payroll needs it.
 *
 * @param reportId        the report
 * @param doctorId        the doctor
 * @param employeeNumber  payroll (ESR) number, may be empty
 * @param department      cost centre or department
 * @param workedOn        the day the additional hours were worked
 * @param approvedOn      the day the claim was approved
 * @param basicMinutes    minutes paid at the basic hourly rate
 * @param enhancedMinutes minutes paid at the night-enhanced rate (37%)
 * @param hourlyRate      the basic hourly rate used, £
 * @param amount          the amount to pay, £
 * @param working         the working shown to the doctor
 */
public record PayrollClaim(String reportId, String doctorId, String employeeNumber, String department,
                           LocalDate workedOn, LocalDate approvedOn, int basicMinutes, int enhancedMinutes,
                           BigDecimal hourlyRate, BigDecimal amount, String working) {
    public PayrollClaim {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(doctorId, "doctorId");
        Objects.requireNonNull(workedOn, "workedOn");
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        Objects.requireNonNull(amount, "amount");
        employeeNumber = employeeNumber == null ? "" : employeeNumber;
        department = department == null ? "" : department;
        working = working == null ? "" : working;
        if (basicMinutes < 0 || enhancedMinutes < 0) {
            throw new IllegalArgumentException("claim " + reportId + ": negative minutes");
        }
    }
}
