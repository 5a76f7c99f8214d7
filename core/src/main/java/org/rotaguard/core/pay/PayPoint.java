package org.rotaguard.core.pay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rotaguard.core.rota.Doctor;

/** The point on a pay year's scale where a doctor is paid, and why. */
record PayPoint(String point, int basic, List<String> notes) {

    static PayPoint resolve(Doctor doctor, PayScale scale) {
        if (doctor.nodalPoint() == 0) {
            throw new PayException("doctor " + doctor.id() + " has no nodalPoint; pay needs one (1 to 5)");
        }
        String nodal = String.valueOf(doctor.nodalPoint());
        List<String> notes = new ArrayList<>();
        String point = nodal;
        if (scale.split() && !scale.basic().containsKey(nodal)) {
            String byGrade = scale.gradePoints().get(doctor.grade().trim().toUpperCase(Locale.ROOT));
            if (byGrade != null && byGrade.startsWith(nodal)) {
                point = byGrade;
                notes.add("Grade " + doctor.grade() + " is paid at point " + point + " of the " + scale.payYear()
                        + " scale.");
            } else {
                point = nodal + "a";
                notes.add("Grade " + (doctor.grade().isEmpty() ? "not given" : doctor.grade() + " does not"
                        + " place the doctor within nodal point " + nodal) + ": paid at point " + point
                        + ", the lowest part of nodal point " + nodal + " on the " + scale.payYear() + " scale.");
            }
        }
        Integer basic = scale.basic().get(point);
        if (basic == null) {
            throw new PayException("doctor " + doctor.id() + ": nodal point " + doctor.nodalPoint()
                    + " is not on the " + scale.payYear() + " pay scale (points: "
                    + String.join(", ", new java.util.TreeSet<>(scale.basic().keySet())) + ")");
        }
        return new PayPoint(point, basic, notes);
    }
}
