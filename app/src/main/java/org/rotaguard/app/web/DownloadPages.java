package org.rotaguard.app.web;

import java.nio.charset.StandardCharsets;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.io.calendar.DoctorCalendar;
import org.rotaguard.io.table.CsvRota;
import org.rotaguard.io.table.ExcelRota;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Files to take away: the rota file, the workbook, CSV and each doctor's calendar. */
@Controller
public class DownloadPages {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private final RotaLibrary library;
    private final Contracts contracts;

    public DownloadPages(RotaLibrary library, Contracts contracts) {
        this.library = library;
        this.contracts = contracts;
    }

    @GetMapping("/rotas/{id}/rota-file")
    public ResponseEntity<String> rotaFile(@PathVariable("id") long id) throws NotFound, BadInput {
        return Downloads.rotaFile(library.load(id).stored());
    }

    /** The workbook: the rota's sheets, its findings and each doctor's pay under the chosen contract. */
    @GetMapping("/rotas/{id}/workbook.xlsx")
    public ResponseEntity<byte[]> workbook(@PathVariable("id") long id,
                                           @RequestParam(name = "contract", required = false) String contract,
                                           @RequestParam(name = "payYear", required = false) String payYear)
            throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        org.rotaguard.core.check.RotaCheck check = contracts.check(loaded.rota(), contract);
        byte[] book = ExcelRota.write(loaded.rota(), check,
                PayReport.of(loaded.rota(), check.contract().id(), payYear).sheet());
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(Downloads.fileName(loaded.stored().name()) + ".xlsx"))
                .body(book);
    }

    @GetMapping("/rotas/{id}/rota.csv")
    public ResponseEntity<String> csv(@PathVariable("id") long id) throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(Downloads.fileName(loaded.stored().name()) + ".csv"))
                .body(CsvRota.write(loaded.rota()));
    }

    @GetMapping("/rotas/{id}/doctors/{doctor}/calendar.ics")
    public ResponseEntity<String> calendar(@PathVariable("id") long id, @PathVariable("doctor") String doctorId)
            throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        Doctor doctor = loaded.rota().doctors().stream().filter(d -> d.id().equals(doctorId)).findFirst()
                .orElseThrow(() -> new NotFound("there is no doctor '" + doctorId + "' on this rota"));
        ContractPack pack = contracts.choose(null, loaded.rota());
        String text = DoctorCalendar.write(loaded.rota(), doctor, pack.definitions(), "rota-" + id + ".rotaguard");
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        Downloads.attachment(Downloads.fileName(loaded.stored().name() + " " + doctor.id()) + ".ics"))
                .body(text);
    }
}
