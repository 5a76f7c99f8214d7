package org.rotaguard.app.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/** The pages: the rota list with import, a rota's grid and findings, and its edits. */
@Controller
public class RotaPages {
    private final RotaLibrary library;
    private final Contracts contracts;

    public RotaPages(RotaLibrary library, Contracts contracts) {
        this.library = library;
        this.contracts = contracts;
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/rotas";
    }

    @GetMapping("/rotas")
    public String list(Model model) {
        model.addAttribute("rotas", rows());
        model.addAttribute("accepted", String.join(",", RotaLibrary.ACCEPTED));
        model.addAttribute("acceptedText", String.join(", ", RotaLibrary.ACCEPTED));
        model.addAttribute("maxUpload", library.getMaxUploadBytes() / 1_000_000 + " MB");
        return "rotas";
    }

    @PostMapping("/rotas")
    public String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                             HttpServletResponse response) throws IOException {
        try {
            boolean noneChosen = file == null
                    || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
            if (noneChosen) {
                throw new BadInput("choose a rota file to import");
            }
            RotaLibrary.Read read = library.read(file.getOriginalFilename(), file.getBytes());
            long id = library.add(read, file.getOriginalFilename());
            return "redirect:/rotas/" + id + "?imported";
        } catch (BadInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("importError", e.getMessage());
            return list(model);
        }
    }

    @GetMapping("/rotas/{id}")
    public String view(@PathVariable("id") long id, @RequestParam(name = "contract", required = false) String contract,
                       Model model) throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        RotaCheck check = contracts.check(loaded.rota(), contract);
        model.addAttribute("stored", loaded.stored());
        model.addAttribute("a", RotaAnalysis.of(check));
        model.addAttribute("contracts", contracts.ids());
        model.addAttribute("contract", check.contract().id());
        return "rota";
    }

    @GetMapping("/rotas/{id}/cells/{doctor}/{day}")
    public String editCell(@PathVariable("id") long id, @PathVariable("doctor") String doctorId,
                           @PathVariable("day") int day,
                           @RequestParam(name = "contract", required = false) String contract, Model model)
            throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        cellModel(loaded, doctorId, day, contract, model);
        model.addAttribute("value", currentCell(loaded.rota(), doctor(loaded.rota(), doctorId), day).toString());
        return "cell";
    }

    @PostMapping("/rotas/{id}/cells/{doctor}/{day}")
    public String saveCell(@PathVariable("id") long id, @PathVariable("doctor") String doctorId,
                           @PathVariable("day") int day, @RequestParam(name = "value", defaultValue = "") String value,
                           @RequestParam(name = "version", defaultValue = "0") int version,
                           @RequestParam(name = "contract", required = false) String contract, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        Doctor doctor = doctor(loaded.rota(), doctorId);
        String chosen = contracts.choose(contract, loaded.rota()).id();
        try {
            if (version != loaded.stored().version()) {
                throw new BadInput("the rota was changed meanwhile; here it is as it is now: make the change again");
            }
            Rota edited = RotaEdits.setCell(loaded.rota(), doctorId, day, value);
            library.save(loaded.stored(), edited);
        } catch (BadInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            RotaLibrary.Loaded now = library.load(id);
            cellModel(now, doctorId, day, contract, model);
            model.addAttribute("value", value);
            model.addAttribute("error", e.getMessage());
            return "cell";
        }
        redirect.addFlashAttribute("changed", doctor.label() + ", day " + (day + 1) + ": now "
                + RotaEdits.parseCell(loaded.rota(), value));
        return "redirect:/rotas/" + id + "?contract=" + chosen + "#" + RotaAnalysis.cellId(doctor, day);
    }

    @GetMapping("/rotas/{id}/shift-types/{code}")
    public String editShiftType(@PathVariable("id") long id, @PathVariable("code") String code, Model model)
            throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        ShiftType type = shiftType(loaded.rota(), code);
        model.addAttribute("stored", loaded.stored());
        model.addAttribute("type", type);
        model.addAttribute("start", type.start().toString());
        model.addAttribute("end", type.end().toString());
        return "shift-type";
    }

    @PostMapping("/rotas/{id}/shift-types/{code}")
    public String saveShiftType(@PathVariable("id") long id, @PathVariable("code") String code,
                                @RequestParam(name = "start", defaultValue = "") String start,
                                @RequestParam(name = "end", defaultValue = "") String end,
                                @RequestParam(name = "version", defaultValue = "0") int version, Model model,
                                RedirectAttributes redirect, HttpServletResponse response) throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        ShiftType type = shiftType(loaded.rota(), code);
        try {
            if (version != loaded.stored().version()) {
                throw new BadInput("the rota was changed meanwhile; here it is as it is now: make the change again");
            }
            library.save(loaded.stored(), RotaEdits.setShiftTimes(loaded.rota(), code, start, end));
        } catch (BadInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("stored", library.load(id).stored());
            model.addAttribute("type", type);
            model.addAttribute("start", start);
            model.addAttribute("end", end);
            model.addAttribute("error", e.getMessage());
            return "shift-type";
        }
        redirect.addFlashAttribute("changed", type.label() + " (" + code + ") now runs " + start + " to " + end);
        return "redirect:/rotas/" + id + "#shift-types";
    }

    @GetMapping("/rotas/{id}/compare")
    public String compare(@PathVariable("id") long id, Model model) throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        Map<String, RotaCheck> checks = new LinkedHashMap<>();
        for (String contract : contracts.ids()) {
            checks.put(contract, contracts.check(loaded.rota(), contract));
        }
        model.addAttribute("stored", loaded.stored());
        model.addAttribute("rota", loaded.rota());
        model.addAttribute("checks", checks);
        return "compare";
    }

    @GetMapping("/rotas/{id}/delete")
    public String confirmDelete(@PathVariable("id") long id, Model model) throws NotFound, BadInput {
        model.addAttribute("stored", library.load(id).stored());
        return "delete";
    }

    @PostMapping("/rotas/{id}/delete")
    public String delete(@PathVariable("id") long id, RedirectAttributes redirect) throws NotFound {
        if (!library.delete(id)) {
            throw new NotFound("there is no rota " + id);
        }
        redirect.addFlashAttribute("changed", "The rota was deleted.");
        return "redirect:/rotas";
    }

    private void cellModel(RotaLibrary.Loaded loaded, String doctorId, int day, String contract, Model model)
            throws NotFound, BadInput {
        Rota rota = loaded.rota();
        Doctor doctor = doctor(rota, doctorId);
        int days = rota.cellsOf(doctor).size();
        if (day < 0 || day >= days) {
            throw new NotFound("day " + (day + 1) + " is not on " + doctor.label() + "'s rota");
        }
        RotaAnalysis analysis = RotaAnalysis.of(contracts.check(rota, contract));
        model.addAttribute("contract", analysis.check().contract().id());
        RotaAnalysis.Row row = analysis.rows().stream().filter(r -> r.doctor().id().equals(doctorId)).findFirst()
                .orElseThrow();
        RotaAnalysis.GridCell cell = row.cells().get(day);
        List<RotaAnalysis.Finding> findings = new ArrayList<>();
        for (int number : cell.findings()) {
            findings.add(analysis.findings().get(number - 1));
        }
        model.addAttribute("stored", loaded.stored());
        model.addAttribute("doctor", doctor);
        model.addAttribute("day", analysis.days().get(day));
        model.addAttribute("cell", cell);
        model.addAttribute("findings", findings);
        model.addAttribute("codes", rota.shiftTypes().values());
        model.addAttribute("templateWeek", rota.isCyclic()
                ? Math.floorMod(doctor.line() - 1 + day / 7, ((org.rotaguard.core.rota.Template) rota.schedule()).weekCount()) + 1
                : 0);
    }

    private static Cell currentCell(Rota rota, Doctor doctor, int day) throws NotFound {
        List<Cell> cells = rota.cellsOf(doctor);
        if (day < 0 || day >= cells.size()) {
            throw new NotFound("day " + (day + 1) + " is not on " + doctor.label() + "'s rota");
        }
        return cells.get(day);
    }

    private static Doctor doctor(Rota rota, String id) throws NotFound {
        return rota.doctors().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("there is no doctor '" + id + "' on this rota"));
    }

    private static ShiftType shiftType(Rota rota, String code) throws NotFound {
        ShiftType type = rota.shiftTypes().get(code);
        if (type == null) {
            throw new NotFound("there is no shift type '" + code + "' on this rota");
        }
        return type;
    }

    /** One line of the rota list. */
    public record ListRow(StoredRota stored, String summary, Boolean compliant, int violations, String problem) {
    }

    private List<ListRow> rows() {
        List<ListRow> rows = new ArrayList<>();
        for (StoredRota stored : library.all()) {
            try {
                RotaLibrary.Loaded loaded = library.load(stored.id());
                Rota rota = loaded.rota();
                RotaCheck check = contracts.check(rota, null);
                String summary = rota.doctors().size() + " doctors, " + (rota.isCyclic() ? "cyclic template" : "dated roster")
                        + " from " + rota.start().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                                java.util.Locale.UK));
                rows.add(new ListRow(stored, summary, check.compliant(), check.violationCount(), null));
            } catch (BadInput | NotFound e) {
                rows.add(new ListRow(stored, "", null, 0, e.getMessage()));
            }
        }
        return rows;
    }
}
