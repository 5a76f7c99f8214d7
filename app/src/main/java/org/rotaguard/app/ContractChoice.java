package org.rotaguard.app;

import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.contract.ContractPackException;
import org.rotaguard.io.contract.ContractPackReader;

/** Which contract to use: the --contract option, else the rota file's own, else the default. */
public final class ContractChoice {
    public static final String DEFAULT = "tcs2016-2019";

    private ContractChoice() {
    }

    static ContractPack choose(String option, Rota rota) throws UsageError {
        return choose(option, rota.contract());
    }

    /** The --contract option, else the file's own contract, else the default. */
    static ContractPack choose(String option, java.util.Optional<String> fileContract) throws UsageError {
        String id = option != null ? option : fileContract.orElse(DEFAULT);
        try {
            return new ContractPackReader().load(id);
        } catch (ContractPackException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
