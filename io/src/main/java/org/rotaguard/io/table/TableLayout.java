package org.rotaguard.io.table;

import java.util.List;

/**
 * The table layout of a rota shared by Excel workbooks and CSV files (docs/excel-csv.md): the
 * sheet (or section) names and their column headings, in the rota file's own terms.
 */
final class TableLayout {
    static final String ROTA = "Rota";
    static final String SHIFT_TYPES = "Shift types";
    static final String DOCTORS = "Doctors";
    static final String GRID = "Grid";
    static final String FINDINGS = "Findings";
    static final String BY_DOCTOR = "By doctor";
    static final String PAY = "Pay";

    /** Rota sheet: one field per row, its name in column A and its value in column B. */
    static final List<String> ROTA_FIELDS = List.of("format", "name", "start", "timezone", "contract", "schedule",
            "shareLines", "bankHolidays", "prospectiveCover.leaveWeeksPerYear", "prospectiveCover.hoursPerLeaveWeek");

    static final List<String> SHIFT_COLUMNS = List.of("code", "name", "start", "end", "onCall", "expectedWork",
            "dutyType2002", "resident", "criterionR");

    static final List<String> DOCTOR_COLUMNS = List.of("id", "name", "grade", "nodalPoint", "line", "ltft",
            "wtrOptOut", "prospectiveCover.leaveWeeksPerYear", "prospectiveCover.hoursPerLeaveWeek");

    static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    static final String TEMPLATE = "template";
    static final String ASSIGNMENTS = "assignments";

    private TableLayout() {
    }
}
