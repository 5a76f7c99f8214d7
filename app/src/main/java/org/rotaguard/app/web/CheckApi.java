package org.rotaguard.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.app.CheckReports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/check}: a rota file in, the report of {@code rotaguard check --format json} out. */
@RestController
public class CheckApi {
    private final RotaLibrary library;
    private final Contracts contracts;

    public CheckApi(RotaLibrary library, Contracts contracts) {
        this.library = library;
        this.contracts = contracts;
    }

    @PostMapping(path = "/api/check", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> check(HttpServletRequest request,
                                        @RequestParam(name = "contract", required = false) String contract,
                                        @RequestParam(name = "file", defaultValue = "body") String file)
            throws IOException, RequestBodies.TooLarge, BadInput {
        byte[] body = RequestBodies.read(request.getInputStream(), library.getMaxUploadBytes());
        String text = new String(body, StandardCharsets.UTF_8);
        RotaLibrary.Read read = library.readText(text, file);
        RotaCheck result = contracts.check(read.rota(), contract);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CheckReports.json(result) + "\n");
    }
}
