package org.rotaguard.io.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.guardian.BoardFigures;
import org.rotaguard.core.guardian.BoardInputs;
import org.rotaguard.core.guardian.Fine;
import org.rotaguard.core.guardian.FineType;
import org.rotaguard.core.guardian.FundLedger;
import org.rotaguard.core.guardian.Quarter;
import org.rotaguard.core.guardian.ReportFact;
import org.rotaguard.core.guardian.ReportOutcome;

class BoardReportTest {
    private static final Quarter Q2 = new Quarter(2026, 2);
    private static final Instant JULY = Instant.parse("2026-07-06T08:00:00Z");

    /** 137 reports answered within a day and 3 still open: the 137 must be hidden, or 140 − 137 gives the 3 away. */
    static BoardFigures figures() {
        List<ReportFact> facts = new ArrayList<>();
        for (int i = 0; i < 140; i++) {
            boolean open = i >= 137;
            facts.add(new ReportFact("r" + i, "dr-" + (i % 40), Set.of(i % 3 == 0 ? "HOURS" : "EDUCATION"),
                    i % 2 == 0 ? "FY1" : "ST3", "General medicine", i % 5 == 0 ? "Surgery" : "Medicine",
                    "Medical on-call rota", "V13", JULY.plus(i, ChronoUnit.HOURS),
                    open ? null : JULY.plus(i + 20, ChronoUnit.HOURS), open ? ReportOutcome.OPEN : ReportOutcome.PAY,
                    0, 0, open ? BigDecimal.ZERO : new BigDecimal("30.00"), false, false));
        }
        List<Fine> fines = List.of(new Fine("f1", FineType.SAFE_WORKING, "k1", "dr-1", "Surgery",
                LocalDate.of(2026, 7, 20), 3, new BigDecimal("87.04"), new BigDecimal("32.64"), new BigDecimal("54.40"),
                "2022-04-01 NP3", "w"));
        FundLedger ledger = FundLedger.empty().fineIn(LocalDate.of(2026, 5, 1), new BigDecimal("500.00"), "old")
                .fineIn(LocalDate.of(2026, 7, 20), new BigDecimal("54.40"), "f1")
                .spend(LocalDate.of(2026, 8, 1), new BigDecimal("120.00"), "Rest area chairs", "RDF", "RDF/2026/08-3");
        BoardInputs inputs = new BoardInputs(420, 410, new BigDecimal("8"), new BigDecimal("15"), new BigDecimal("0.25"),
                List.of(new BoardInputs.Vacancy("Medicine", "ST3", 2)),
                List.of(new BoardInputs.LocumBooking("Medicine", "ST3", "Vacancy", "agency", 6, new BigDecimal("75"))),
                new BoardInputs.Surveys(210, 2, 0, 6), Map.of("summary", "Reports rose after the new rota went live.",
                "questions", "Will the board fund a second guardian session? Costs ≥ £5,000 − see annex."));
        return BoardFigures.quarterly(Q2, facts, List.of(), fines, ledger, inputs);
    }

    @Test
    void theShippedTemplateHasTheReferenceSectionsAndTheV13Additions() {
        BoardTemplate t = BoardTemplateReader.standard();
        assertThat(t.sections()).extracting(BoardTemplate.Section::id).containsExactly("executive-summary",
                "introduction", "high-level-data", "exception-reports", "response-times", "outcomes",
                "work-schedule-reviews", "breaches", "rota-gaps", "locums", "fines", "fund", "reform-additions",
                "qualitative", "issues", "actions", "questions");
        Set<String> shown = new HashSet<>();
        t.sections().forEach(s -> shown.addAll(s.tables()));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(BoardFigures.TABLES);
    }

    @Test
    void aTemplateNamingATableOrFigureThatDoesNotExistIsRefusedWithItsLine() {
        String text = """
                format: rotaguard-board-template/1
                id: t
                title: T
                sections:
                  - id: a
                    heading: A
                    tables: [reports-by-grade]
                """;
        assertThatThrownBy(() -> BoardTemplateReader.read(text, "t.yaml")).isInstanceOf(GuardianDataException.class)
                .hasMessageStartingWith("t.yaml:7:").hasMessageContaining("no table 'reports-by-grade'");
        assertThatThrownBy(() -> BoardTemplateReader.read(text.replace("tables: [reports-by-grade]",
                "values: [{ key: doctors, label: D }]"), "t.yaml")).hasMessageContaining("no figure 'doctors'");
        assertThatThrownBy(() -> BoardTemplateReader.read(text.replace("tables: [reports-by-grade]", "heding: x"),
                "t.yaml")).hasMessageContaining("unknown field");
    }

    @Test
    void thePdfUsesOnlyStandardFontsAndShowsTheReport() throws IOException {
        byte[] pdf = BoardReportPdf.render(BoardTemplateReader.standard(), figures());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Guardian of safe working hours: report to the board, Q2 2026/27");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).startsWith("Helvetica");
                    assertThat(font.isEmbedded()).isFalse();
                }
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Executive summary", "Reports rose after the new rota went live.",
                    "Time to first response", "Within 48 hours", "<5", "Guardian's fund", "Opening balance", "500.00",
                    "54.40", "120.00", "434.40", "Access, confidentiality and detriment (TCS version 13)", "Questions for the board",
                    "No text provided for this report.", "Page 1 of " + doc.getNumberOfPages(), "Surgery", "87.04");
            // Characters Helvetica cannot show are replaced, never dropped silently.
            assertThat(text).contains("Costs >= £5,000 - see annex.");
            // The 137 answered within 48 hours is hidden; the period runs from 1 July.
            assertThat(text).doesNotContain("137").contains("This report covers the period 2026-07-01 to 2026-09-30.");
        }
    }

    @Test
    void theCsvCarriesEveryFigureAsShownAndNoHiddenValue() throws IOException {
        String csv = BoardReportCsv.render(BoardTemplateReader.standard(), figures());
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(p.getHeaderNames()).containsExactly("section", "item_id", "item", "row", "column", "value");
            records = p.getRecords();
        }
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("item_id")).isEqualTo("response-times");
            assertThat(r.get("row")).isEqualTo("Within 48 hours");
            assertThat(r.get("value")).isEqualTo("*");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("item_id")).isEqualTo("response-times");
            assertThat(r.get("row")).isEqualTo("No response yet");
            assertThat(r.get("value")).isEqualTo("<5");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("item_id")).isEqualTo("reports-total");
            assertThat(r.get("value")).isEqualTo("140");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("item_id")).isEqualTo("fund");
            assertThat(r.get("row")).isEqualTo("Closing balance");
            assertThat(r.get("value")).isEqualTo("434.40");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("item_id")).isEqualTo("survey-access-completion");
            assertThat(r.get("value")).isEqualTo("<5");
        });
        assertThat(records).noneSatisfy(r -> assertThat(r.get("value")).isEqualTo("137"));
    }

    @Test
    void theAnnualReportAddsTheQuarterTable() throws IOException {
        BoardFigures year = BoardFigures.annual(2026, List.of(), List.of(), List.of(), FundLedger.empty(),
                BoardInputs.none());
        String csv = BoardReportCsv.render(BoardTemplateReader.standard(), year);
        assertThat(csv).contains("reports-by-quarter").contains("2026/27");
        try (PDDocument doc = Loader.loadPDF(BoardReportPdf.render(BoardTemplateReader.standard(), year))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Exception reports by quarter", "Year",
                    "None in this period.");
        }
        assertThat(BoardReportCsv.render(BoardTemplateReader.standard(), figures())).doesNotContain("reports-by-quarter");
    }
}
