package org.rotaguard.app;

import java.util.regex.Pattern;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.pay.PayCalculator;
import org.rotaguard.core.pay.RotaPay;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.contract.ContractPackException;
import org.rotaguard.io.contract.ContractPackReader;
import org.rotaguard.io.pay.PayData;

/** A contract's pay system for a pay year: chooses the calculator and prices rotas with it. */
final class Pricing {
    private static final Pattern PAY_YEAR = Pattern.compile("\\d{4}/\\d{2}");
    private final ContractPack pack;
    private final PayCalculator calculator;

    private Pricing(ContractPack pack, PayCalculator calculator) {
        this.pack = pack;
        this.calculator = calculator;
    }

    static Pricing of(String contractId, String payYear) throws UsageError {
        String year = payYear == null ? PayData.latestYear() : payYear;
        if (!PAY_YEAR.matcher(year).matches()) {
            throw new UsageError("--pay-year must look like 2025/26, not '" + year + "'");
        }
        if (!PayData.PAY_YEARS.contains(year)) {
            throw new UsageError("no pay scale for pay year " + year + " (known: " + String.join(", ", PayData.PAY_YEARS)
                    + ")");
        }
        if (!PayData.CONTRACTS.contains(contractId)) {
            throw new UsageError("contract '" + contractId + "' has no pay rules (pay works for: "
                    + String.join(", ", PayData.CONTRACTS) + ")");
        }
        ContractPack pack;
        try {
            pack = new ContractPackReader().load(contractId);
        } catch (ContractPackException e) {
            throw new UsageError(e.getMessage());
        }
        return new Pricing(pack, new PayCalculator(PayData.scale(year), PayData.rules(contractId)));
    }

    RotaPay price(Rota rota) {
        return calculator.price(rota, pack.definitions());
    }

    String contractName() {
        return pack.name();
    }

    String scaleSource() {
        return calculator.scale().source();
    }
}
