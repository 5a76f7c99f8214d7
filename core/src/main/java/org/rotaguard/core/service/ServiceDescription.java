package org.rotaguard.core.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rotaguard.core.rota.ShiftType;

/**
 * What a service needs from a rota, for the designer: its shift types, the cover each day
 * needs, its doctors, the contract and how long the rota runs.
 *
 * @param name           free text
 * @param start          the first date of the rota (day 1 of a template, or of the placement)
 * @param zone           the time zone the clock times are in
 * @param contract       the contract id, or null for the default
 * @param mode           the mode the file asks for (the command line may choose the other)
 * @param placementWeeks length of a roster in weeks
 * @param shiftTypes     shift types by code, in file order
 * @param cover          the cover needed each day
 * @param doctors        the doctors
 * @param bankHolidays   bank holidays (only dates in the placement matter)
 * @param weights        objective weights
 * @param locumRatePerHour cost of an hour of locum cover, in pounds
 */
public record ServiceDescription(String name, LocalDate start, ZoneId zone, String contract, DesignMode mode,
                                 int placementWeeks, Map<String, ShiftType> shiftTypes, Cover cover,
                                 List<ServiceDoctor> doctors, Set<LocalDate> bankHolidays,
                                 ObjectiveWeights weights, double locumRatePerHour) {
    public ServiceDescription {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cover, "cover");
        name = name == null ? "" : name;
        mode = mode == null ? DesignMode.TEMPLATE : mode;
        weights = weights == null ? ObjectiveWeights.DEFAULT : weights;
        shiftTypes = Collections.unmodifiableMap(new LinkedHashMap<>(shiftTypes));
        doctors = List.copyOf(doctors);
        bankHolidays = Set.copyOf(bankHolidays);
        if (shiftTypes.isEmpty()) {
            throw new IllegalArgumentException("a service needs at least one shift type");
        }
        if (placementWeeks < 1) {
            throw new IllegalArgumentException("a placement lasts at least one week");
        }
        if (!(locumRatePerHour >= 0)) {
            throw new IllegalArgumentException("the locum rate cannot be negative");
        }
    }

    public Optional<String> contractId() {
        return Optional.ofNullable(contract);
    }

    /** The same service with other doctors (for finding the fewest that can staff it). */
    public ServiceDescription withDoctors(List<ServiceDoctor> others) {
        return new ServiceDescription(name, start, zone, contract, mode, placementWeeks, shiftTypes, cover, others,
                bankHolidays, weights, locumRatePerHour);
    }

    public ServiceDescription withMode(DesignMode other) {
        return new ServiceDescription(name, start, zone, contract, other, placementWeeks, shiftTypes, cover, doctors,
                bankHolidays, weights, locumRatePerHour);
    }
}
