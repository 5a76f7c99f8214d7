package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pay and fatigue pages, the workbook's Pay sheet and the two JSON reports, against the command line's. */
@H2Web
class ReportPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLOCK = "Medical rota excerpt across the 2026 clock changes";
    private static final String ED = "Emergency Department - junior tier, full-shift rota";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

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

    private long importText(String fileName, String text) {
        HttpResponse<String> response = http().upload("/rotas", fileName, text.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        Matcher m = Pattern.compile("/rotas/(\\d+)\\?imported").matcher(response.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The page's text as a reader sees it: tags kept, entities undone. */
    private static String unescaped(String page) {
        return page.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** One doctor's section of the pay page. */
    private static String section(String page, String anchor) {
        int from = page.indexOf("<section id=\"" + anchor + "\"");
        assertThat(from).as("section %s", anchor).isPositive();
        return page.substring(from, page.indexOf("</section>", from));
    }

    @Test
    void thePayPageShowsEachElementWithTheWorkingOfThePayCommand() {
        long id = seeded(CLOCK);
        Examples.Run cli = Examples.cli("pay", Examples.path("clock-changes.yaml").toString());
        assertThat(cli.status()).isZero();

        String page = unescaped(http().get("/rotas/" + id + "/pay").body());

        // By hand: Walsh's nights are 1.5625 enhanced hours a week; 37% of £55,355 ÷ 40 per weekly hour.
        assertThat(cli.out()).contains("  Night enhancement                       £800.05");
        String walsh = section(page, "pay-walsh");
        assertThat(walsh).contains("Night enhancement").contains("£800.05")
                .contains("1.5625h × 37% × £1,383.875 = £800.05.")
                .contains("pay point 3b (£55,355 full-time basic) · full time");
        assertThat(section(page, "pay-patel")).contains("£68,726.20");
        assertThat(page).contains("pay year <span>2026/27</span>");
        // Every step of the working the command prints is on the page.
        for (String line : cli.out().lines().toList()) {
            if (line.startsWith("      ")) {
                assertThat(page).contains(line.strip().replaceFirst("^rule: ", "Rule: "));
            }
        }
    }

    @Test
    void theOlderContractShowsEachDoctorsBandAsThePayCommandDoes() {
        long id = seeded(ED);
        Examples.Run cli = Examples.cli("pay", Examples.path("emergency-department.yaml").toString(), "--contract",
                "new-deal-2002");

        String page = unescaped(http().get("/rotas/" + id + "/pay?contract=new-deal-2002").body());

        assertThat(cli.out()).contains("Banding supplement (band 1A)         £19,630.00");
        assertThat(section(page, "pay-ED01")).contains("band 1A").contains("Banding supplement (band 1A)")
                .contains("£19,630.00").contains("£58,890.00").doesNotContain("Night enhancement");
        assertThat(page).contains("<option value=\"2023/24\" selected=\"selected\">");
    }

    @Test
    void aDoctorWithoutANodalPointIsExplainedAndTheOthersPaid() throws Exception {
        String text = Examples.text("clock-changes.yaml").replace("grade: CT2, nodalPoint: 3 }", "grade: CT2 }");
        assertThat(text).isNotEqualTo(Examples.text("clock-changes.yaml"));
        Path file = Files.writeString(dir.resolve("no-nodal-point.yaml"), text);
        Examples.Run cli = Examples.cli("pay", file.toString());
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("doctor walsh has no nodalPoint; pay needs one (1 to 5)");
        long id = importText("no-nodal-point.yaml", text);

        String page = unescaped(http().get("/rotas/" + id + "/pay").body());

        String walsh = section(page, "pay-walsh");
        assertThat(walsh).contains("No pay worked out").contains("doctor walsh has no nodalPoint; pay needs one (1 to 5)")
                .doesNotContain("£");
        assertThat(section(page, "pay-patel")).contains("£68,726.20");
        HttpResponse<String> api = http().get("/api/rotas/" + id + "/pay");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(ApiContract.json(api).get("error").asText()).isEqualTo("doctor walsh has no nodalPoint; pay needs one (1 to 5)");
    }

    @Test
    void onATemplateTheOtherLinesArePaidAsTheCommandPaysThem() throws Exception {
        String text = Examples.text("emergency-department.yaml").replace("grade: ST2, nodalPoint: 3, line: 3 }",
                "grade: ST2, line: 3 }");
        assertThat(text).isNotEqualTo(Examples.text("emergency-department.yaml"));
        long id = importText("ed-no-nodal-point.yaml", text);
        JsonNode whole = JSON.readTree(Examples.cli("pay", Examples.path("emergency-department.yaml").toString(),
                "--format", "json").out());

        String page = unescaped(http().get("/rotas/" + id + "/pay").body());

        assertThat(section(page, "pay-ED03")).contains("doctor ED03 has no nodalPoint").contains("No pay worked out");
        // Each line is paid for its own duties, so the other lines' pay is what the command gives the whole rota.
        for (JsonNode doctor : whole.get("doctors")) {
            if (!doctor.get("id").asText().equals("ED03")) {
                assertThat(section(page, "pay-" + doctor.get("id").asText()))
                        .contains(org.rotaguard.core.pay.Money.format(doctor.get("total").decimalValue()));
            }
        }
    }

    @Test
    void everySeededRotaHasItsPayAndFatiguePagesUnderEveryContract() {
        for (var rota : ApiContract.json(http().get("/api/rotas"))) {
            long id = rota.get("id").asLong();
            assertThat(http().get("/rotas/" + id + "/fatigue").statusCode()).as("fatigue of %s", rota).isEqualTo(200);
            for (String contract : List.of("tcs2016-2019", "tcs2016", "new-deal-2002", "wtr-1998")) {
                HttpResponse<String> page = http().get("/rotas/" + id + "/pay?contract=" + contract);
                assertThat(page.statusCode()).as("pay of %s under %s", rota.get("name"), contract).isEqualTo(200);
                assertThat(page.body()).doesNotContain("Exception");
            }
        }
    }

    @Test
    void aContractWithoutPaySaysSo() {
        long id = seeded(CLOCK);

        HttpResponse<String> page = http().get("/rotas/" + id + "/pay?contract=wtr-1998");
        HttpResponse<String> api = http().get("/api/rotas/" + id + "/pay?contract=wtr-1998");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(unescaped(page.body())).contains("id=\"no-pay\"").contains("sets limits on working time but no pay")
                .doesNotContain("Night enhancement");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("contract 'wtr-1998' has no pay rules");
    }

    @Test
    void anUnknownPayYearIsSaidAndTheDefaultShown() {
        long id = seeded(CLOCK);

        String page = unescaped(http().get("/rotas/" + id + "/pay?payYear=1999/00").body());
        HttpResponse<String> api = http().get("/api/rotas/" + id + "/pay?payYear=1999/00");

        assertThat(page).contains("There is no pay scale for pay year 1999/00").contains("£68,726.20");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("no pay scale for pay year 1999/00");
    }

    @Test
    void theFatiguePageChartsEachDutyAndListsTheWorstShift() {
        long id = seeded(CLOCK);
        Examples.Run cli = Examples.cli("fatigue", Examples.path("clock-changes.yaml").toString());
        // Patel's Saturday night into the October clock change, 13 hours long, is the rota's worst.
        assertThat(cli.out()).contains("1. Sat 24 Oct 20:00–08:00      N    KSS 7.30 at 04:35  amber");

        String page = unescaped(http().get("/rotas/" + id + "/fatigue").body());

        int from = page.indexOf("<section id=\"fatigue-patel\"");
        String patel = page.substring(from, page.indexOf("</section>", from));
        assertThat(patel).contains("16 duties: 12 green, 4 amber, 0 red");
        Matcher firstWorst = Pattern.compile("<table class=\"nhsuk-table rg-worst\">.*?<tbody[^>]*>\\s*<tr[^>]*>(.*?)</tr>",
                Pattern.DOTALL).matcher(patel);
        assertThat(firstWorst.find()).isTrue();
        assertThat(firstWorst.group(1)).contains(">1<").contains("Sat 24 Oct 20:00–08:00").contains(">N<")
                .contains("7.30").contains("04:35").contains("amber");
        // One bar per duty over the three bands and the two thresholds.
        assertThat(Pattern.compile("<g class=\"rg-duty rg-duty--").matcher(patel).results().count()).isEqualTo(16);
        assertThat(Pattern.compile("<g class=\"rg-duty rg-duty--amber\"").matcher(patel).results().count()).isEqualTo(4);
        assertThat(patel).contains("rg-band--green").contains("rg-band--amber").contains("rg-band--red")
                .contains("rg-limit").contains("highest KSS 7.30 on N Sat 24 Oct 20:00–08:00");
    }

    @Test
    void thePayJsonIsWhatThePayCommandPrints() throws Exception {
        long id = seeded(ED);
        Examples.Run cli = Examples.cli("pay", Examples.path("emergency-department.yaml").toString(), "--contract",
                "tcs2016", "--pay-year", "2024/25", "--format", "json");
        Examples.Run latest = Examples.cli("pay", Examples.path("emergency-department.yaml").toString(),
                "--format", "json");

        HttpResponse<String> api = http().get("/api/rotas/" + id + "/pay?contract=tcs2016&payYear=2024/25");
        HttpResponse<String> byDefault = http().get("/api/rotas/" + id + "/pay");

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(api.body()).isEqualTo(cli.out());
        assertThat(byDefault.body()).isEqualTo(latest.out());
        assertThat(JSON.readTree(api.body()).get("payYear").asText()).isEqualTo("2024/25");
    }

    @Test
    void theFatigueJsonIsWhatTheFatigueCommandPrints() {
        long id = seeded(CLOCK);
        Examples.Run cli = Examples.cli("fatigue", Examples.path("clock-changes.yaml").toString(), "--format", "json");

        HttpResponse<String> api = http().get("/api/rotas/" + id + "/fatigue");

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).isEqualTo(cli.out());
        assertThat(http().get("/api/rotas/999999/fatigue").statusCode()).isEqualTo(404);
    }

    @Test
    void theWorkbookHasAPaySheetWithThePayCommandsTotals() throws Exception {
        long id = seeded(ED);
        JsonNode cli = JSON.readTree(Examples.cli("pay", Examples.path("emergency-department.yaml").toString(),
                "--format", "json").out());
        HttpResponse<byte[]> book = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/rotas/" + id + "/workbook.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(book.statusCode()).isEqualTo(200);

        Map<String, Double> totals = new LinkedHashMap<>();
        List<String> sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book.body()))) {
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            Sheet pay = workbook.getSheet("Pay");
            assertThat(pay).isNotNull();
            assertThat(pay.getRow(0).getCell(7).getStringCellValue()).isEqualTo("amount");
            for (Row row : pay) {
                if (row.getRowNum() > 0 && row.getCell(6).getStringCellValue().equals("Total")) {
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("tcs2016-2019");
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo(cli.get("payYear").asText());
                    totals.put(row.getCell(0).getStringCellValue(), row.getCell(7).getNumericCellValue());
                }
            }
        }
        assertThat(sheets).contains("Grid", "Findings", "Pay");
        Map<String, Double> expected = new LinkedHashMap<>();
        for (JsonNode doctor : cli.get("doctors")) {
            expected.put(doctor.get("id").asText(), doctor.get("total").asDouble());
        }
        assertThat(totals).isEqualTo(expected).hasSize(12);
        // The workbook still imports as the same rota: the Pay sheet is left out.
        HttpResponse<String> imported = http().upload("/rotas", "ed.xlsx", book.body());
        assertThat(imported.statusCode()).isEqualTo(302);
    }

    @Test
    void theRotaViewLinksToPayAndFatigue() {
        long id = seeded(CLOCK);

        String page = http().get("/rotas/" + id + "?contract=tcs2016").body();

        assertThat(page).contains("href=\"/rotas/" + id + "/pay?contract=tcs2016\"")
                .contains("href=\"/rotas/" + id + "/fatigue\"");
    }
}
