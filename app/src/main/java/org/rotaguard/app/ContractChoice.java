package org.rotaguard.app;

import java.util.List;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.contract.ContractPackException;
import org.rotaguard.io.contract.ContractPackReader;

/** Which contract to use: the --contract option, else the rota file's own, else the default. */
final class ContractChoice {
    static final String DEFAULT = "tcs2016-2019";
    /** Contracts the specification names whose working-hours rules are not part of this release. */
    private static final List<String> NOT_YET = List.of("new-deal-2002", "wtr-1998");

    private ContractChoice() {
    }

    static ContractPack choose(String option, Rota rota) throws UsageError {
        return choose(option, rota.contract());
    }

    /** The --contract option, else the file's own contract, else the default. */
    static ContractPack choose(String option, java.util.Optional<String> fileContract) throws UsageError {
        String id = option != null ? option : fileContract.orElse(DEFAULT);
        if (NOT_YET.contains(id)) {
            throw new UsageError("contract '" + id + "' has no working-hours rule pack in this version of rotaguard"
                    + " (available: " + String.join(", ", ContractPackReader.BUILT_IN) + ")"
                    + (option == null ? "; choose one with --contract" : ""));
        }
        try {
            return new ContractPackReader().load(id);
        } catch (ContractPackException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
