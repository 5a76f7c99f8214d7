package org.rotaguard.core.rota;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rota as its file describes it: shift types, doctors and either a cyclic template or dated
 * assignments, anchored on a start date in a time zone. Construction validates the whole rota
 * and throws {@link InvalidRotaException} listing every problem.
 */
public final class Rota {
    private final String name;
    private final LocalDate start;
    private final ZoneId zone;
    private final String contract;
    private final Map<String, ShiftType> shiftTypes;
    private final List<Doctor> doctors;
    private final Schedule schedule;
    private final boolean shareLines;
    private final ProspectiveCover prospectiveCover;
    private final List<LocalDate> bankHolidays;

    private Rota(Builder b) {
        this.name = b.name == null ? "" : b.name;
        this.start = Objects.requireNonNull(b.start, "start");
        this.zone = b.zone == null ? ZoneId.of("Europe/London") : b.zone;
        this.contract = b.contract;
        this.shiftTypes = Collections.unmodifiableMap(new LinkedHashMap<>(b.shiftTypes));
        this.doctors = List.copyOf(b.doctors);
        this.schedule = Objects.requireNonNull(b.schedule, "schedule");
        this.shareLines = b.shareLines;
        this.prospectiveCover = b.prospectiveCover;
        this.bankHolidays = b.bankHolidays == null ? null : List.copyOf(b.bankHolidays);
        List<RotaProblem> problems = RotaValidator.problems(this);
        if (!problems.isEmpty()) {
            throw new InvalidRotaException(problems);
        }
    }

    public static Builder builder(LocalDate start) {
        return new Builder(start);
    }

    public String name() {
        return name;
    }

    public LocalDate start() {
        return start;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The default contract id named in the file, if any. */
    public Optional<String> contract() {
        return Optional.ofNullable(contract);
    }

    public Map<String, ShiftType> shiftTypes() {
        return shiftTypes;
    }

    public ShiftType shiftType(String code) {
        ShiftType type = shiftTypes.get(code);
        if (type == null) {
            throw new IllegalArgumentException("unknown shift code " + code);
        }
        return type;
    }

    public List<Doctor> doctors() {
        return doctors;
    }

    public Schedule schedule() {
        return schedule;
    }

    public boolean isCyclic() {
        return schedule instanceof Template;
    }

    public boolean shareLines() {
        return shareLines;
    }

    public Optional<ProspectiveCover> prospectiveCover() {
        return Optional.ofNullable(prospectiveCover);
    }

    /** Bank holidays given in the file; empty when the file leaves them to the built-in list. */
    public Optional<List<LocalDate>> bankHolidays() {
        return Optional.ofNullable(bankHolidays);
    }

    /** The doctor's days: for a template, one whole cycle from the start on the doctor's line. */
    public List<Cell> cellsOf(Doctor doctor) {
        if (schedule instanceof Template template) {
            Cell[] cells = new Cell[template.cycleDays()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = template.cell(doctor.line(), i);
            }
            return List.of(cells);
        }
        return ((Assignments) schedule).daysOf(doctor.id());
    }

    public Builder toBuilder() {
        Builder b = new Builder(start);
        b.name = name;
        b.zone = zone;
        b.contract = contract;
        b.shiftTypes.putAll(shiftTypes);
        b.doctors.addAll(doctors);
        b.schedule = schedule;
        b.shareLines = shareLines;
        b.prospectiveCover = prospectiveCover;
        b.bankHolidays = bankHolidays;
        return b;
    }

    @Override
    public String toString() {
        return "Rota[" + name + ", " + doctors.size() + " doctors from " + start + "]";
    }

    /** Assembles a rota; {@link #build()} validates it. */
    public static final class Builder {
        private String name;
        private LocalDate start;
        private ZoneId zone;
        private String contract;
        private final Map<String, ShiftType> shiftTypes = new LinkedHashMap<>();
        private final List<Doctor> doctors = new java.util.ArrayList<>();
        private Schedule schedule;
        private boolean shareLines;
        private ProspectiveCover prospectiveCover;
        private List<LocalDate> bankHolidays;

        private Builder(LocalDate start) {
            this.start = start;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder start(LocalDate value) {
            this.start = value;
            return this;
        }

        public Builder zone(ZoneId value) {
            this.zone = value;
            return this;
        }

        public Builder contract(String value) {
            this.contract = value;
            return this;
        }

        public Builder shift(ShiftType type) {
            if (shiftTypes.putIfAbsent(type.code(), type) != null) {
                throw new IllegalArgumentException("shift code " + type.code() + " defined twice");
            }
            return this;
        }

        public Builder replaceShift(ShiftType type) {
            shiftTypes.put(type.code(), type);
            return this;
        }

        public Builder doctor(Doctor doctor) {
            doctors.add(doctor);
            return this;
        }

        public Builder doctors(List<Doctor> all) {
            doctors.clear();
            doctors.addAll(all);
            return this;
        }

        public Builder schedule(Schedule value) {
            this.schedule = value;
            return this;
        }

        /** A template from week strings such as {@code "D D N N - - -"}. */
        public Builder template(String... weeks) {
            List<List<Cell>> parsed = new java.util.ArrayList<>();
            for (String week : weeks) {
                parsed.add(java.util.Arrays.stream(week.trim().split("\\s+")).map(Cell::parse).toList());
            }
            this.schedule = new Template(parsed);
            return this;
        }

        public Builder shareLines(boolean value) {
            this.shareLines = value;
            return this;
        }

        public Builder prospectiveCover(ProspectiveCover value) {
            this.prospectiveCover = value;
            return this;
        }

        public Builder bankHolidays(List<LocalDate> value) {
            this.bankHolidays = value;
            return this;
        }

        public Rota build() {
            return new Rota(this);
        }
    }
}
