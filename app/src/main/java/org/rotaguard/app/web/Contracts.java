package org.rotaguard.app.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rotaguard.app.ContractChoice;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.contract.ContractPackReader;
import org.springframework.stereotype.Component;

/**
 * The contracts the web application checks against: the built-in packs only (a web request
 * never names a file on the server). Packs are read once and kept.
 */
@Component
public class Contracts {
    private final Map<String, ContractPack> packs = new ConcurrentHashMap<>();

    public List<String> ids() {
        return ContractPackReader.BUILT_IN;
    }

    /** The contract to use: the one asked for, else the rota's own, else the default (as the command line). */
    public ContractPack choose(String asked, Rota rota) throws BadInput {
        boolean explicit = asked != null && !asked.isBlank();
        String id = explicit ? asked : rota.contract().orElse(ContractChoice.DEFAULT);
        if (!ContractPackReader.isBuiltIn(id)) {
            throw new BadInput("unknown contract '" + id + "' (known: " + String.join(", ", ids()) + ")"
                    + (explicit ? "" : "; choose one with the contract parameter"));
        }
        return packs.computeIfAbsent(id, key -> new ContractPackReader().load(key));
    }

    public RotaCheck check(Rota rota, String asked) throws BadInput {
        return new RotaChecker(choose(asked, rota)).check(rota);
    }
}
