package org.rotaguard.io.guardian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rotaguard.core.guardian.PayrollClaim;

/**
 * Approved exception-report pay claims as a CSV file for payroll: one line per claim, minutes
 * and decimal hours by rate band, the hourly rate used, the amount and the working. No total line,
 * so the file imports as it is; text cells are written so a spreadsheet will not run them as formulas.
 */
public final class PayrollExport {
    static final String[] HEADER = {"report_id", "doctor_id", "employee_number", "department", "worked_on",
        "approved_on", "basic_minutes", "basic_hours", "enhanced_minutes", "enhanced_hours", "hourly_rate", "amount",
        "working"};

    private PayrollExport() {
    }

    public static void write(List<PayrollClaim> claims, Appendable out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (PayrollClaim c : claims) {
                csv.printRecord(Csv.safe(c.reportId()), Csv.safe(c.doctorId()), Csv.safe(c.employeeNumber()),
                        Csv.safe(c.department()), c.workedOn(), c.approvedOn(), c.basicMinutes(), hours(c.basicMinutes()),
                        c.enhancedMinutes(), hours(c.enhancedMinutes()), money(c.hourlyRate()), money(c.amount()),
                        Csv.safe(c.working()));
            }
        }
    }

    public static String render(List<PayrollClaim> claims) {
        StringBuilder sb = new StringBuilder();
        try {
            write(claims, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
