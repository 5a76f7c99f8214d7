package org.rotaguard.app.web;

import org.rotaguard.app.Pricing;
import org.rotaguard.app.UsageError;
import org.rotaguard.core.pay.PayException;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.report.FatigueJson;
import org.rotaguard.io.report.PayJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A stored rota's pay and fatigue reports, exactly as {@code pay} and {@code fatigue --format json} print them. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class ReportApi {
    private final RotaLibrary library;
    private final Contracts contracts;

    public ReportApi(RotaLibrary library, Contracts contracts) {
        this.library = library;
        this.contracts = contracts;
    }

    /** As the command line: a rota that cannot be priced (a doctor without a nodal point) is a 400 with its message. */
    @GetMapping("/rotas/{id}/pay")
    public ResponseEntity<String> pay(@PathVariable("id") long id,
                                      @RequestParam(name = "contract", required = false) String contract,
                                      @RequestParam(name = "payYear", required = false) String payYear)
            throws NotFound, BadInput {
        Rota rota = library.load(id).rota();
        String chosen = contracts.choose(contract, rota).id();
        try {
            return json(PayJson.write(Pricing.of(chosen, payYear == null || payYear.isBlank() ? null : payYear)
                    .price(rota)));
        } catch (UsageError | PayException e) {
            throw new BadInput(e.getMessage());
        }
    }

    @GetMapping("/rotas/{id}/fatigue")
    public ResponseEntity<String> fatigue(@PathVariable("id") long id) throws NotFound, BadInput {
        return json(FatigueJson.write(FatigueReport.score(library.load(id).rota())));
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body + "\n");
    }
}
