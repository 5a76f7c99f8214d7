package org.rotaguard.app.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.rotaguard.io.RotaFileFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Responses that download a file under a sensible name. */
final class Downloads {
    private Downloads() {
    }

    static ResponseEntity<String> rotaFile(StoredRota stored) {
        boolean json = stored.format() == RotaFileFormat.JSON;
        return ResponseEntity.ok()
                .contentType(json ? MediaType.APPLICATION_JSON : new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName(stored.name()) + (json ? ".json" : ".yaml")))
                .body(stored.fileText());
    }

    static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    /** A file name made from a rota's or doctor's name: letters, digits and dashes. */
    static String fileName(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        return base.isEmpty() ? "rota" : base;
    }
}
