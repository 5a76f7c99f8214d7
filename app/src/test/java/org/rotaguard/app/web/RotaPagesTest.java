package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages over HTTP: what they show, and how they answer bad input. */
@H2Web
class RotaPagesTest {
    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    private long seeded(String name) {
        for (var node : ApiContract.json(http().get("/api/rotas"))) {
            if (node.get("name").asText().equals(name)) {
                return node.get("id").asLong();
            }
        }
        throw new AssertionError("no seeded rota " + name);
    }

    private long importExample(String example) {
        HttpResponse<String> response = http().upload("/rotas", example,
                Examples.text(example).getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        Matcher m = Pattern.compile("/rotas/(\\d+)\\?imported").matcher(response.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private int rotaCount() {
        return ApiContract.json(http().get("/api/rotas")).size();
    }

    private static void assertNoInternals(String page) {
        assertThat(page).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("Whitelabel");
    }

    @Test
    void theHomePageIsTheRotaListWithTheExamples() {
        assertThat(http().get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/rotas"));
        String page = http().get("/rotas").body();
        assertThat(page).contains("Emergency Department - junior tier, full-shift rota")
                .contains("Trauma and orthopaedics - unsafe draft rota").contains("54 violations")
                .contains("nhsuk-rotaguard.min.css");
    }

    @Test
    void theRotaViewMarksEachFindingOnItsCells() {
        String page = http().get("/rotas/" + seeded("Medical rota excerpt across the 2026 clock changes")).body();

        assertThat(page).contains("2 violations");
        // Ogunleye's long days on Saturday 28 and Sunday 29 March (days 5 and 6) leave too little rest.
        assertThat(cellClass(page, "cell-ogunleye-5")).contains("rg-cell--flagged").contains("rg-kind--long")
                .contains("rg-weekend");
        assertThat(cellClass(page, "cell-ogunleye-6")).contains("rg-cell--flagged");
        assertThat(cellClass(page, "cell-ogunleye-4")).doesNotContain("rg-cell--flagged");
        assertThat(cellClass(page, "cell-patel-3")).contains("rg-kind--night");
        assertThat(page).contains("min-rest-between-shifts").contains("Only 10h30m rest between Long day (LD)");
        // Good Friday 3 April and Easter Monday 6 April 2026 are marked.
        assertThat(page).containsPattern("id=\"day-11\"[^>]*class=\"[^\"]*rg-holiday");
        assertThat(page).containsPattern("id=\"day-14\"[^>]*class=\"[^\"]*rg-holiday");
        assertThat(page).contains("<svg class=\"rg-chart\"");
    }

    private static String cellClass(String page, String id) {
        Matcher m = Pattern.compile("<td id=\"" + id + "\"\\s+class=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("cell %s on the page", id).isTrue();
        return m.group(1);
    }

    @Test
    void aMalformedFileGetsAClearMessageAndNothingIsSaved() {
        int before = rotaCount();
        byte[] broken = Examples.text("emergency-department.yaml").replace("start: 2026-08-03", "start: 2026-02-30")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http().upload("/rotas", "ed.yaml", broken);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The file was not imported").contains("Nothing was saved")
                .containsPattern("ed\\.yaml:\\d+:\\d+: start: ");
        assertNoInternals(response.body());
        assertThat(rotaCount()).isEqualTo(before);
    }

    @Test
    void otherFileTypesAreRefused() {
        int before = rotaCount();

        HttpResponse<String> response = http().upload("/rotas", "rota.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("rota.pdf: this kind of file cannot be imported");
        assertThat(rotaCount()).isEqualTo(before);
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        HttpResponse<String> response = http().upload("/rotas", "latin1.yaml", new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("latin1.yaml: the file is not UTF-8 text");
    }

    @Test
    void anUploadOverTheCapIsRefused() {
        int before = rotaCount();

        HttpResponse<String> response = http().upload("/rotas", "big.yaml", new byte[3_500_000]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("too large to be a rota");
        assertNoInternals(response.body());
        assertThat(rotaCount()).isEqualTo(before);
    }

    @Test
    void missingPagesSaySo() {
        HttpResponse<String> missing = http().get("/rotas/999999");
        HttpResponse<String> notANumber = http().get("/rotas/abc");
        HttpResponse<String> nowhere = http().get("/no/such/page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("there is no rota 999999");
        assertThat(notANumber.statusCode()).isEqualTo(404);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("Page not found");
        assertNoInternals(nowhere.body());
    }

    @Test
    void aCellEditIsCheckedAgainAndABadOneExplained() {
        long id = importExample("clock-changes.yaml");

        HttpResponse<String> bad = http().form("/rotas/" + id + "/cells/ogunleye/6", "value=LX&version=1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("&#39;LX&#39; is not a shift code of this rota");

        HttpResponse<String> good = http().form("/rotas/" + id + "/cells/ogunleye/6", "value=-&version=1");
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(good.headers().firstValue("Location").orElseThrow()).endsWith("/rotas/" + id + "?contract=tcs2016-2019#cell-ogunleye-6");
        String page = http().get("/rotas/" + id).body();
        assertThat(page).contains("1 violation<").doesNotContain("min-rest-between-shifts");

        HttpResponse<String> stale = http().form("/rotas/" + id + "/cells/ogunleye/5", "value=-&version=1");
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("the rota was changed meanwhile");
    }

    @Test
    void aShiftTypesTimesCanBeChanged() {
        long id = importExample("emergency-department.yaml");

        HttpResponse<String> saved = http().form("/rotas/" + id + "/shift-types/N", "start=20:00&end=08:30&version=1");

        assertThat(saved.statusCode()).isEqualTo(302);
        String page = http().get("/rotas/" + id).body();
        // The Saturday night of the October clock change now lasts 13h30.
        assertThat(page).contains("1 violation<").contains("max-shift-length");
        HttpResponse<String> bad = http().form("/rotas/" + id + "/shift-types/N", "start=20:00&end=8&version=2");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("HH:MM");
    }

    @Test
    void theContractsAreComparedSideBySide() {
        String page = http().get("/rotas/" + seeded("Trauma and orthopaedics - unsafe draft rota") + "/compare").body();

        assertThat(page).contains("tcs2016-2019").contains("tcs2016").contains("id=\"compare\"");
    }

    @Test
    void eachDoctorGetsACalendarOnRealDates() {
        long id = seeded("Medical rota excerpt across the 2026 clock changes");

        HttpResponse<String> ics = http().get("/rotas/" + id + "/doctors/ogunleye/calendar.ics");

        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(ics.headers().firstValue("Content-Disposition").orElseThrow()).contains(".ics");
        String text = ics.body();
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VTIMEZONE").contains("TZID:Europe/London");
        // Sunday 29 March, the day the clocks go forward: 08:00 to 20:30 local time.
        assertThat(text).contains("DTSTART;TZID=Europe/London:20260329T080000")
                .contains("DTEND;TZID=Europe/London:20260329T203000");
        assertThat(Pattern.compile("BEGIN:VEVENT").matcher(text).results().count()).isEqualTo(16);
    }

    @Test
    void theRotaFileDownloadsAsStored() {
        long id = seeded("Emergency Department - junior tier, full-shift rota");

        HttpResponse<String> file = http().get("/rotas/" + id + "/rota-file");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(Examples.text("emergency-department.yaml"));
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("emergency-department-junior-tier-full-shift-rota.yaml");
    }

    @Test
    void aWorkbookDownloadedFromARotaImportsAsTheSameRota() throws Exception {
        long id = seeded("Paediatrics - registrar tier, LTFT and opt-out doctors");
        java.net.http.HttpResponse<byte[]> book = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/rotas/" + id
                        + "/workbook.xlsx")).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(book.statusCode()).isEqualTo(200);
        assertThat(book.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");

        HttpResponse<String> imported = http().upload("/rotas", "paediatrics.xlsx", book.body());

        assertThat(imported.statusCode()).isEqualTo(302);
        String location = imported.headers().firstValue("Location").orElseThrow();
        long copy = Long.parseLong(location.replaceAll(".*/rotas/(\\d+).*", "$1"));
        String original = ApiContract.json(http().get("/api/rotas/" + id + "/check")).toString();
        String again = ApiContract.json(http().get("/api/rotas/" + copy + "/check")).toString();
        assertThat(again).isEqualTo(original);
    }

    @Test
    void aCsvFileImportsAndItsProblemsNameLineAndColumn() {
        String csv = http().get("/rotas/" + seeded("Emergency Department - junior tier, full-shift rota") + "/rota.csv").body();
        int before = rotaCount();

        HttpResponse<String> good = http().upload("/rotas", "ed.csv", csv.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> bad = http().upload("/rotas", "ed.csv",
                csv.replace("N,Night,20:00,08:00", "N,Night,20:00,8 in the morning").getBytes(StandardCharsets.UTF_8));

        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).containsPattern("ed\\.csv: line \\d+, column 4: shifts\\.N\\.end: ");
        assertThat(rotaCount()).isEqualTo(before + 1);
    }

    @Test
    void aRotaIsDeletedAfterConfirmation() {
        long id = importExample("ltft-doctors.yaml");
        assertThat(http().get("/rotas/" + id + "?imported").body()).contains("The rota was imported and checked.");

        HttpResponse<String> confirm = http().get("/rotas/" + id + "/delete");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Delete Paediatrics - registrar tier, LTFT and opt-out doctors?");
        assertThat(http().get("/rotas/" + id).statusCode()).isEqualTo(200);

        HttpResponse<String> deleted = http().form("/rotas/" + id + "/delete", "");

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(http().get("/rotas/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anImportWithoutAFileOrWithAnEmptyOneSaysSo() {
        HttpResponse<String> none = http().upload("/rotas", "", new byte[0]);
        HttpResponse<String> empty = http().upload("/rotas", "empty.yaml", new byte[0]);

        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("choose a rota file to import");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("empty.yaml: the file is empty");
    }

    @Test
    void anUnknownContractOnTheRotaPageIsExplained() {
        HttpResponse<String> page = http().get("/rotas/" + seeded("Trauma and orthopaedics - unsafe draft rota")
                + "?contract=tcs1999");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("unknown contract &#39;tcs1999&#39;");
        assertNoInternals(page.body());
    }
}
