package org.rotaguard.solver;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.Constraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CP-SAT model with the bookkeeping the encoders share: derived "any of" literals cached
 * by their operands, constraints deduplicated (a cyclic template gives every doctor the same
 * constraints except around clock changes), and, when an explanation is wanted, one
 * assumption literal per constraint group that switches the group on.
 */
final class SolverModel {
    final CpModel cp = new CpModel();
    private final boolean withAssumptions;
    private final Map<String, Literal> anyOf = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<ConstraintGroup, Literal> groups = new LinkedHashMap<>();
    private BoolVar alwaysTrue;

    SolverModel(boolean withAssumptions) {
        this.withAssumptions = withAssumptions;
    }

    /** The groups used so far with their enforcement literals (empty unless assumptions are on). */
    Map<ConstraintGroup, Literal> groups() {
        return groups;
    }

    Literal trueLiteral() {
        if (alwaysTrue == null) {
            alwaysTrue = cp.newBoolVar("true");
            cp.addEquality(alwaysTrue, 1);
        }
        return alwaysTrue;
    }

    /** A literal true exactly when at least one of the literals is; null when the list is empty (false). */
    Literal anyOf(List<Literal> literals) {
        if (literals.isEmpty()) {
            return null;
        }
        if (literals.size() == 1) {
            return literals.get(0);
        }
        int[] keys = literals.stream().mapToInt(SolverModel::key).sorted().toArray();
        String key = Arrays.toString(keys);
        Literal cached = anyOf.get(key);
        if (cached != null) {
            return cached;
        }
        BoolVar any = cp.newBoolVar("any" + key);
        List<Literal> clause = new ArrayList<>(literals);
        clause.add(any.not());
        cp.addBoolOr(clause.toArray(new Literal[0]));
        for (Literal l : literals) {
            cp.addImplication(l, any);
        }
        anyOf.put(key, any);
        return any;
    }

    static int key(Literal l) {
        return l.getIndex();
    }

    /** Adds a clause (at least one literal true) in the group, once. */
    void clause(ConstraintGroup group, List<Literal> literals) {
        int[] keys = literals.stream().mapToInt(SolverModel::key).sorted().toArray();
        if (!seen.add(group.id() + "|c" + Arrays.toString(keys))) {
            return;
        }
        enforce(group, cp.addBoolOr(literals.toArray(new Literal[0])));
    }

    /**
     * Adds sum(coefficients × literals) ≤ bound in the group, once, optionally only when all the
     * {@code when} literals hold.
     */
    void atMost(ConstraintGroup group, List<Literal> literals, long[] coefficients, long bound, List<Literal> when) {
        long total = 0;
        for (long c : coefficients) {
            total += Math.max(0, c);
        }
        if (total <= bound) {
            return; // cannot be broken
        }
        StringBuilder key = new StringBuilder(group.id()).append("|l").append(bound);
        long[][] terms = new long[literals.size()][2];
        for (int i = 0; i < literals.size(); i++) {
            terms[i][0] = key(literals.get(i));
            terms[i][1] = coefficients[i];
        }
        Arrays.sort(terms, (a, b) -> Long.compare(a[0], b[0]));
        for (long[] t : terms) {
            key.append(',').append(t[0]).append('*').append(t[1]);
        }
        key.append("|w");
        when.stream().mapToInt(SolverModel::key).sorted().forEach(k -> key.append(k).append(','));
        if (!seen.add(key.toString())) {
            return;
        }
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int i = 0; i < literals.size(); i++) {
            sum.addTerm(literals.get(i), coefficients[i]);
        }
        Constraint c = cp.addLessOrEqual(sum, bound);
        if (!when.isEmpty()) {
            c.onlyEnforceIf(when.toArray(new Literal[0]));
        }
        enforce(group, c);
    }

    void atMost(ConstraintGroup group, List<Literal> literals, long bound) {
        long[] ones = new long[literals.size()];
        Arrays.fill(ones, 1);
        atMost(group, literals, ones, bound, List.of());
    }

    /** Forbids a literal outright (a duty that would always break the rule). */
    void forbid(ConstraintGroup group, Literal literal) {
        clause(group, List.of(literal.not()));
    }

    /** The literal that switches a group on, or null without assumptions. */
    Literal groupLiteral(ConstraintGroup group) {
        if (!withAssumptions) {
            return null;
        }
        return groups.computeIfAbsent(group, g -> cp.newBoolVar("group:" + g.id()));
    }

    void enforce(ConstraintGroup group, Constraint c) {
        Literal g = groupLiteral(group);
        if (g != null) {
            c.onlyEnforceIf(g);
        }
    }
}
