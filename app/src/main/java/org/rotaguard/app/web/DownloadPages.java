package org.rotaguard.app.web;

import java.nio.charset.StandardCharsets;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.io.calendar.DoctorCalendar;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Files to take away: the rota file and each doctor's calendar. */
@Controller
public class DownloadPages {
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
