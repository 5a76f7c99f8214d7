package org.rotaguard.io.table;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rotaguard.core.pay.DoctorPay;
import org.rotaguard.core.pay.PayElement;
import org.rotaguard.core.pay.RotaPay;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.io.report.PayText;

/**
 * The workbook's Pay sheet: one row per pay element of each doctor and a total row, with the
 * contract and pay year on every row so the sheet can be filtered and summed. Amounts are
 * numbers (pounds a year, to the penny). A doctor the rota cannot price gets one row saying why.
 *
 * @param contract the contract id
 * @param payYear  the pay year, or empty when the contract has no pay
 * @param pay      the priced doctors, or null when none could be priced
 * @param unpriced doctor id → why the doctor has no pay
 * @param noPay    why the contract has no pay at all (such as wtr-1998), or null
 * @param doctors  the rota's doctors, in its order
 */
public record PaySheet(String contract, String payYear, RotaPay pay, Map<String, String> unpriced, String noPay,
                       List<Doctor> doctors) {
    private static final List<String> HEADINGS = List.of("doctor", "name", "contract", "pay year", "pay point",
            "band", "element", "amount", "hours per week", "rule", "rate");

    void write(XSSFWorkbook book, XSSFCellStyle heading) {
        XSSFSheet sheet = book.createSheet(TableLayout.PAY);
        XSSFCellStyle pounds = book.createCellStyle();
        pounds.setDataFormat(book.createDataFormat().getFormat("£#,##0.00"));
        XSSFCellStyle total = book.createCellStyle();
        total.cloneStyleFrom(pounds);
        total.setFont(heading.getFont());
        XSSFRow top = sheet.createRow(0);
        for (int c = 0; c < HEADINGS.size(); c++) {
            XSSFCell cell = top.createCell(c, CellType.STRING);
            cell.setCellValue(HEADINGS.get(c));
            cell.setCellStyle(heading);
        }
        int r = 1;
        if (noPay != null) {
            text(sheet.createRow(r), 6, noPay);
            text(sheet.getRow(r), 2, contract);
        }
        for (Doctor doctor : doctors) {
            String why = unpriced.get(doctor.id());
            DoctorPay d = why != null || pay == null ? null : pay.doctors().stream()
                    .filter(p -> p.doctor().id().equals(doctor.id())).findFirst().orElse(null);
            if (why != null) {
                XSSFRow row = sheet.createRow(r++);
                lead(row, doctor, null);
                text(row, 6, "no pay: " + why);
            }
            if (d == null) {
                continue;
            }
            for (PayElement e : d.elements()) {
                if (!PayText.shown(d, e)) {
                    continue;
                }
                XSSFRow row = sheet.createRow(r++);
                lead(row, doctor, d);
                text(row, 6, e.title());
                amount(row, 7, e.amount().doubleValue(), pounds);
                if (!Double.isNaN(e.hoursPerWeek())) {
                    row.createCell(8, CellType.NUMERIC).setCellValue(Math.round(e.hoursPerWeek() * 10000) / 10000.0);
                }
                text(row, 9, e.rule());
                text(row, 10, e.rate());
            }
            XSSFRow row = sheet.createRow(r++);
            lead(row, doctor, d);
            text(row, 6, "Total");
            row.getCell(6).setCellStyle(heading);
            amount(row, 7, d.total().doubleValue(), total);
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < 9; c++) {
            sheet.autoSizeColumn(c);
        }
    }

    private void lead(XSSFRow row, Doctor doctor, DoctorPay d) {
        text(row, 0, doctor.id());
        text(row, 1, doctor.name());
        text(row, 2, contract);
        text(row, 3, payYear);
        if (d != null) {
            text(row, 4, d.payPoint());
            text(row, 5, d.band() == null ? "" : d.band());
        }
    }

    private static void text(XSSFRow row, int column, String value) {
        row.createCell(column, CellType.STRING).setCellValue(value == null ? "" : value);
    }

    private static void amount(XSSFRow row, int column, double value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
