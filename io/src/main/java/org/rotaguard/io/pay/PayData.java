package org.rotaguard.io.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.pay.PayRules;
import org.rotaguard.core.pay.PayScale;
import org.rotaguard.core.pay.Scale2002;
import org.rotaguard.core.pay.WeekendBand;
import org.rotaguard.io.contract.DurationText;

/**
 * The built-in pay data: one scale file per pay year ({@code pay/2025-26.yaml}) and one rules
 * file per contract ({@code pay/rules-tcs2016-2019.yaml}), read as published.
 */
public final class PayData {
    /** Pay years with a scale, oldest first. */
    public static final List<String> PAY_YEARS = List.of("2016/17", "2017/18", "2018/19", "2019/20", "2020/21",
            "2021/22", "2022/23", "2023/24", "2024/25", "2025/26", "2026/27");
    /** Contracts with pay rules of the 2016 pay system. */
    public static final List<String> CONTRACTS = List.of("tcs2016-2019", "tcs2016");
    private static final String DIR = "/org/rotaguard/io/pay/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Pay years with a 2002-contract scale, oldest first; the first is the latest complete one. */
    public static final List<String> PAY_YEARS_2002 = List.of("2023/24", "2026/27");
    /** The default pay year of the 2002 contract: the latest year whose scales are complete in the data. */
    public static final String DEFAULT_YEAR_2002 = "2023/24";

    private PayData() {
    }

    public static String latestYear() {
        return PAY_YEARS.get(PAY_YEARS.size() - 1);
    }

    /** The scale of a pay year such as {@code 2025/26}. */
    public static PayScale scale(String payYear) {
        if (!PAY_YEARS.contains(payYear)) {
            throw new PayDataException("no pay scale for pay year '" + payYear + "' (known: "
                    + String.join(", ", PAY_YEARS) + ")");
        }
        String file = payYear.replace('/', '-') + ".yaml";
        JsonNode node = read(file);
        expect(file, node, "format", "rotaguard-pay-scale/1");
        String year = text(file, node, "payYear");
        if (!year.equals(payYear)) {
            throw new PayDataException(file + ": payYear is '" + year + "', expected '" + payYear + "'");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(text(file, node, "from"));
        } catch (DateTimeParseException e) {
            throw new PayDataException(file + ": from is not an ISO date");
        }
        try {
            return new PayScale(year, from, text(file, node, "source"), integers(file, node, "basic", true),
                    texts(node.get("gradePoints")), integers(file, node, "onCallAllowance", false));
        } catch (IllegalArgumentException e) {
            throw new PayDataException(file + ": " + e.getMessage());
        }
    }

    /** The pay rules of a contract of the 2016 pay system. */
    public static PayRules rules(String contract) {
        if (!CONTRACTS.contains(contract)) {
            throw new PayDataException("no pay rules for contract '" + contract + "' (known: "
                    + String.join(", ", CONTRACTS) + ", new-deal-2002)");
        }
        String file = "rules-" + contract + ".yaml";
        JsonNode node = read(file);
        expect(file, node, "format", "rotaguard-pay-rules/1");
        JsonNode night = field(file, node, "nightEnhancement");
        JsonNode weekend = field(file, node, "weekendAllowance");
        List<WeekendBand> bands = new ArrayList<>();
        for (JsonNode band : field(file, weekend, "bands")) {
            bands.add(new WeekendBand(field(file, band, "oneInAtMost").asInt(),
                    new BigDecimal(field(file, band, "percent").asText()), text(file, band, "label")));
        }
        try {
            return new PayRules(text(file, node, "contract"), text(file, node, "source"),
                    field(file, node, "basicWeeklyHours").asInt(),
                    new BigDecimal(field(file, night, "rate").asText()).movePointLeft(2),
                    duration(file, night, "ruleBMinimum"), field(file, night, "ruleC").asBoolean(), bands,
                    text(file, weekend, "table"),
                    new BigDecimal(field(file, field(file, node, "onCallAllowance"), "percent").asText()),
                    field(file, node, "ltftAllowance").asInt());
        } catch (IllegalArgumentException e) {
            throw new PayDataException(file + ": " + e.getMessage());
        }
    }

    /** The 2002-contract basic scales of a pay year. */
    public static Scale2002 scale2002(String payYear) {
        if (!PAY_YEARS_2002.contains(payYear)) {
            throw new PayDataException("no 2002-contract pay scale for pay year '" + payYear + "' (known: "
                    + String.join(", ", PAY_YEARS_2002) + ")");
        }
        String file = "2002-" + payYear.replace('/', '-') + ".yaml";
        JsonNode node = read(file);
        expect(file, node, "format", "rotaguard-pay-scale-2002/1");
        Map<String, Map<Integer, Integer>> scales = new LinkedHashMap<>();
        field(file, node, "scales").fields().forEachRemaining(scale -> {
            Map<Integer, Integer> points = new LinkedHashMap<>();
            scale.getValue().fields().forEachRemaining(p -> {
                if (!p.getValue().isIntegralNumber() || !p.getKey().matches("\\d{1,2}")) {
                    throw new PayDataException(file + ": scales." + scale.getKey() + "." + p.getKey()
                            + " must be a point number with a whole number of pounds");
                }
                points.put(Integer.parseInt(p.getKey()), p.getValue().asInt());
            });
            scales.put(scale.getKey(), points);
        });
        return new Scale2002(text(file, node, "payYear"), text(file, node, "source"), scales);
    }

    static JsonNode read(String file) {
        try (InputStream in = PayData.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new PayDataException("pay data file " + file + " is missing");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new PayDataException(file + ": " + e.getMessage());
        }
    }

    private static void expect(String file, JsonNode node, String name, String value) {
        if (!value.equals(text(file, node, name))) {
            throw new PayDataException(file + ": " + name + " must be '" + value + "'");
        }
    }

    static JsonNode field(String file, JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            throw new PayDataException(file + ": missing '" + name + "'");
        }
        return value;
    }

    static String text(String file, JsonNode node, String name) {
        return field(file, node, name).asText();
    }

    private static Duration duration(String file, JsonNode node, String name) {
        Duration d = DurationText.parse(text(file, node, name));
        if (d == null) {
            throw new PayDataException(file + ": " + name + " must be a duration such as 8h");
        }
        return d;
    }

    private static Map<String, Integer> integers(String file, JsonNode node, String name, boolean required) {
        JsonNode map = node.get(name);
        Map<String, Integer> values = new LinkedHashMap<>();
        if (map == null) {
            if (required) {
                throw new PayDataException(file + ": missing '" + name + "'");
            }
            return values;
        }
        Iterator<Map.Entry<String, JsonNode>> it = map.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isIntegralNumber()) {
                throw new PayDataException(file + ": " + name + "." + e.getKey() + " must be a whole number of pounds");
            }
            values.put(e.getKey(), e.getValue().asInt());
        }
        return values;
    }

    private static Map<String, String> texts(JsonNode map) {
        Map<String, String> values = new LinkedHashMap<>();
        if (map != null) {
            map.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        }
        return values;
    }
}
