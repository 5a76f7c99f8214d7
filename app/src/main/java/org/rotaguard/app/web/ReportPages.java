package org.rotaguard.app.web;

import org.rotaguard.app.Pricing;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.pay.PayData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A rota's pay, element by element with the working, and its predicted sleepiness per duty. */
@Controller
public class ReportPages {
    private final RotaLibrary library;
    private final Contracts contracts;

    public ReportPages(RotaLibrary library, Contracts contracts) {
        this.library = library;
        this.contracts = contracts;
    }

    @GetMapping("/rotas/{id}/pay")
    public String pay(@PathVariable("id") long id, @RequestParam(name = "contract", required = false) String contract,
                      @RequestParam(name = "payYear", required = false) String payYear, Model model)
            throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        Rota rota = loaded.rota();
        String chosen = contracts.choose(contract, rota).id();
        String yearError = null;
        boolean newDeal = Pricing.NEW_DEAL.equals(chosen);
        if (payYear != null && !payYear.isBlank()
                && !(newDeal ? PayData.PAY_YEARS_2002 : PayData.PAY_YEARS).contains(payYear)
                && (newDeal || PayData.CONTRACTS.contains(chosen))) {
            yearError = "There is no " + (newDeal ? "2002-contract " : "") + "pay scale for pay year " + payYear
                    + "; shown for the default year instead.";
            payYear = null;
        }
        model.addAttribute("stored", loaded.stored());
        model.addAttribute("p", PayReport.of(rota, chosen, payYear));
        model.addAttribute("contracts", contracts.ids());
        model.addAttribute("contract", chosen);
        model.addAttribute("yearError", yearError);
        return "pay";
    }

    @GetMapping("/rotas/{id}/fatigue")
    public String fatigue(@PathVariable("id") long id, Model model) throws NotFound, BadInput {
        RotaLibrary.Loaded loaded = library.load(id);
        model.addAttribute("stored", loaded.stored());
        model.addAttribute("rota", loaded.rota());
        model.addAttribute("f", FatigueReport.of(loaded.rota()));
        return "fatigue";
    }
}
