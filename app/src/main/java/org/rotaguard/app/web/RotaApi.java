package org.rotaguard.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.app.CheckReports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stored rotas over JSON: list, create, read, replace, delete, check and the page's edits. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class RotaApi {
    private final RotaLibrary library;
    private final Contracts contracts;

    public RotaApi(RotaLibrary library, Contracts contracts) {
        this.library = library;
        this.contracts = contracts;
    }

    @GetMapping("/contracts")
    public List<String> contracts() {
        return contracts.ids();
    }

    @GetMapping("/rotas")
    public List<Map<String, Object>> list() {
        return library.all().stream().map(RotaApi::summary).toList();
    }

    /**
     * Stores a new rota. The body is a rota file (YAML or JSON); with {@code ?type=csv} or
     * {@code ?type=xlsx} (or the matching Content-Type) a CSV file or an Excel workbook.
     */
    @PostMapping("/rotas")
    public ResponseEntity<Map<String, Object>> create(HttpServletRequest request,
                                                      @RequestParam(name = "type", required = false) String type,
                                                      @RequestParam(name = "file", required = false) String file)
            throws IOException, RequestBodies.TooLarge, BadInput, NotFound {
        RotaLibrary.Read read = readBody(request, type, file);
        long id = library.add(read, file != null ? file : "rota");
        return ResponseEntity.created(URI.create("/api/rotas/" + id)).body(summary(library.stored(id)));
    }

    @GetMapping("/rotas/{id}")
    public Map<String, Object> get(@PathVariable("id") long id) throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        Map<String, Object> body = summary(loaded.stored());
        Rota rota = loaded.rota();
        body.put("start", rota.start().toString());
        body.put("timezone", rota.zone().getId());
        body.put("cyclic", rota.isCyclic());
        body.put("doctors", rota.doctors().size());
        body.put("file", loaded.stored().fileText());
        return body;
    }

    /** The rota file itself, as stored (YAML or JSON). */
    @GetMapping(path = "/rotas/{id}/file", produces = {"application/yaml", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<String> file(@PathVariable("id") long id) throws NotFound, BadInput {
        return Downloads.rotaFile(library.load(id).stored());
    }

    /** Replaces a rota with a new file (body as for create); the id stays. */
    @PutMapping("/rotas/{id}/file")
    public Map<String, Object> replace(@PathVariable("id") long id, HttpServletRequest request,
                                       @RequestParam(name = "type", required = false) String type)
            throws IOException, RequestBodies.TooLarge, BadInput, NotFound {
        RotaLibrary.Loaded loaded = library.load(id);
        library.replace(loaded.stored(), readBody(request, type, loaded.stored().name()));
        return summary(library.stored(id));
    }

    @DeleteMapping("/rotas/{id}")
    public ResponseEntity<Void> delete(@PathVariable("id") long id) throws NotFound {
        if (!library.delete(id)) {
            throw new NotFound("there is no rota " + id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The check report of a stored rota, as {@code rotaguard check --format json} prints it. */
    @GetMapping("/rotas/{id}/check")
    public ResponseEntity<String> check(@PathVariable("id") long id,
                                        @RequestParam(name = "contract", required = false) String contract)
            throws NotFound, BadInput {
        return json(CheckReports.json(contracts.check(library.load(id).rota(), contract)));
    }

    /** Sets one cell ({@code {"value": "N"}}, {@code "-"} for a day off) and answers the new check report. */
    @PutMapping(path = "/rotas/{id}/cells/{doctor}/{day}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> setCell(@PathVariable("id") long id, @PathVariable("doctor") String doctor,
                                          @PathVariable("day") int day, @RequestBody Map<String, String> body,
                                          @RequestParam(name = "contract", required = false) String contract)
            throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        Rota edited = RotaEdits.setCell(loaded.rota(), doctor, day - 1, required(body, "value"));
        library.save(loaded.stored(), edited);
        return json(CheckReports.json(contracts.check(edited, contract)));
    }

    /** Gives a shift type new times ({@code {"start": "08:00", "end": "17:00"}}) and answers the new check report. */
    @PutMapping(path = "/rotas/{id}/shift-types/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> setShiftTimes(@PathVariable("id") long id, @PathVariable("code") String code,
                                                @RequestBody Map<String, String> body,
                                                @RequestParam(name = "contract", required = false) String contract)
            throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        Rota edited = RotaEdits.setShiftTimes(loaded.rota(), code, required(body, "start"), required(body, "end"));
        library.save(loaded.stored(), edited);
        return json(CheckReports.json(contracts.check(edited, contract)));
    }

    private RotaLibrary.Read readBody(HttpServletRequest request, String type, String file)
            throws IOException, RequestBodies.TooLarge, BadInput {
        byte[] body = RequestBodies.read(request.getInputStream(), library.getMaxUploadBytes());
        String contentType = request.getContentType() == null ? "" : request.getContentType();
        String kind = type != null ? type : contentType.startsWith("text/csv") ? "csv"
                : contentType.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml") ? "xlsx" : "rota";
        String name = file != null ? file : "body";
        return switch (kind) {
            case "csv" -> library.read(withExtension(name, ".csv"), body);
            case "xlsx" -> library.read(withExtension(name, ".xlsx"), body);
            case "rota", "yaml", "json" -> library.readText(new String(body, java.nio.charset.StandardCharsets.UTF_8), name);
            default -> throw new BadInput("unknown type '" + type + "' (expected rota, csv or xlsx)");
        };
    }

    private static String withExtension(String name, String extension) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? name : name + extension;
    }

    private static String required(Map<String, String> body, String field) throws BadInput {
        String value = body == null ? null : body.get(field);
        if (value == null) {
            throw new BadInput("the request body needs the field '" + field + "'");
        }
        return value;
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.status(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(body + "\n");
    }

    static Map<String, Object> summary(StoredRota stored) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", stored.id());
        body.put("name", stored.name());
        body.put("version", stored.version());
        body.put("format", stored.format().name().toLowerCase(java.util.Locale.ROOT));
        body.put("createdAt", stored.createdAt().toString());
        body.put("updatedAt", stored.updatedAt().toString());
        return body;
    }
}
