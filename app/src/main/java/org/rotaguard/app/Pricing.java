package org.rotaguard.app;

import java.util.regex.Pattern;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.pay.NewDealPayCalculator;
import org.rotaguard.core.pay.PayCalculator;
import org.rotaguard.core.pay.RotaPay;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.contract.ContractPackException;
import org.rotaguard.io.contract.ContractPackReader;
import org.rotaguard.io.pay.PayData;

/** A contract's pay system for a pay year: the 2016 pay system or 2002 banding, and the scale. */
public final class Pricing {
    public static final String NEW_DEAL = "new-deal-2002";
    private static final Pattern PAY_YEAR = Pattern.compile("\\d{4}/\\d{2}");
    private final ContractPack pack;
    private final PayCalculator calculator;
    private final NewDealPayCalculator newDeal;

    private Pricing(ContractPack pack, PayCalculator calculator, NewDealPayCalculator newDeal) {
        this.pack = pack;
        this.calculator = calculator;
        this.newDeal = newDeal;
    }

    /** Contracts that can be priced. */
    public static String priceable() {
        return String.join(", ", PayData.CONTRACTS) + ", " + NEW_DEAL;
    }

    public static Pricing of(String contractId, String payYear) throws UsageError {
        boolean nd = NEW_DEAL.equals(contractId);
        if (!nd && !PayData.CONTRACTS.contains(contractId)) {
            throw new UsageError("contract '" + contractId + "' has no pay rules (pay works for: " + priceable() + ")");
        }
        String year = payYear != null ? payYear : nd ? PayData.DEFAULT_YEAR_2002 : PayData.latestYear();
        if (!PAY_YEAR.matcher(year).matches()) {
            throw new UsageError("--pay-year must look like 2025/26, not '" + year + "'");
        }
        var years = nd ? PayData.PAY_YEARS_2002 : PayData.PAY_YEARS;
        if (!years.contains(year)) {
            throw new UsageError("no " + (nd ? "2002-contract " : "") + "pay scale for pay year " + year + " (known: "
                    + String.join(", ", years) + ")");
        }
        ContractPack pack;
        try {
            pack = new ContractPackReader().load(contractId);
        } catch (ContractPackException e) {
            throw new UsageError(e.getMessage());
        }
        if (nd) {
            return new Pricing(pack, null, new NewDealPayCalculator(pack, PayData.scale2002(year)));
        }
        return new Pricing(pack, new PayCalculator(PayData.scale(year), PayData.rules(contractId)), null);
    }

    public RotaPay price(Rota rota) {
        return newDeal != null ? newDeal.price(rota) : calculator.price(rota, pack.definitions());
    }

    ContractPack pack() {
        return pack;
    }

    public String contractName() {
        return pack.name();
    }

    public String scaleSource() {
        return newDeal != null ? newDeal.scale().source() : calculator.scale().source();
    }
}
