package org.rotaguard.io.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.guardian.PayrollClaim;

class PayrollExportTest {
    @Test
    void oneLinePerClaimWithHoursByRateBandAndTheWorking() {
        PayrollClaim c = new PayrollClaim("ER-2026-0042", "dr-a", "12345678", "Medicine", LocalDate.of(2026, 6, 2),
                LocalDate.of(2026, 6, 9), 90, 45, new BigDecimal("19.23"),
                new BigDecimal("47.30"), "1h30m × £19.23 + 45m × £19.23 × 1.37 = £47.60, less, \"quoted\"");
        String csv = PayrollExport.render(List.of(c));
        assertThat(csv.lines().toList()).containsExactly(
                "report_id,doctor_id,employee_number,department,worked_on,approved_on,basic_minutes,basic_hours,"
                        + "enhanced_minutes,enhanced_hours,hourly_rate,amount,working",
                "ER-2026-0042,dr-a,12345678,Medicine,2026-06-02,2026-06-09,90,1.50,45,0.75,19.23,47.30,"
                        + "\"1h30m × £19.23 + 45m × £19.23 × 1.37 = £47.60, less, \"\"quoted\"\"\"");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        PayrollClaim c = new PayrollClaim("=HYPERLINK(\"x\")", "dr-b", "", "+Surgery", LocalDate.of(2026, 6, 2),
                LocalDate.of(2026, 6, 9), 60, 0, new BigDecimal("19.2"), new BigDecimal("19.2"), "@note");
        String line = PayrollExport.render(List.of(c)).lines().toList().get(1);
        assertThat(line).startsWith("\"'=HYPERLINK(\"\"x\"\")\",dr-b,,'+Surgery,").endsWith(",19.20,19.20,'@note");
    }

    @Test
    void noClaimsIsJustTheHeader() {
        assertThat(PayrollExport.render(List.of()).lines()).hasSize(1);
    }
}
