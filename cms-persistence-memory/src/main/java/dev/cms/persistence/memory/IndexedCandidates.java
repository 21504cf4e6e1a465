package dev.cms.persistence.memory;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.StaticListId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.function.Function;

/**
 * The positions (in a {@link CustomerSnapshot}) of the customers that may match a rule, read from the snapshot's
 * field indexes and the static lists without looking at a customer. Leaves it can answer: equality ({@code eq},
 * {@code in} and their negations) on an indexed text field, {@code has_any}/{@code has_all}/{@code has_none} on tags,
 * and {@code in_list}. Groups combine them: {@code all} intersects the parts it can answer (a superset when it
 * skips some), {@code any} unites its parts when it can answer every one, {@code not} complements an exact answer.
 * The result is exact (the members themselves) when every leaf of the rule was answered; otherwise the caller
 * evaluates the rule on the candidates. Field indexes are used once the snapshot has served an earlier query (see
 * {@link CustomerSnapshot}); static lists always.
 */
final class IndexedCandidates {
    private static final int[] NONE = new int[0];

    private final CustomerSnapshot snapshot;
    private final Function<StaticListId, NavigableSet<CustomerId>> lists;

    /** Positions, and whether they are exactly the members of the rule they came from. */
    record Candidates(BitSet positions, boolean exact) {
    }

    private IndexedCandidates(CustomerSnapshot snapshot,
            Function<StaticListId, NavigableSet<CustomerId>> lists) {
        this.snapshot = snapshot;
        this.lists = lists;
    }

    /**
     * {@return the candidates for a valid rule, or empty when the indexes cannot narrow it (every customer is one)}
     *
     * @param rule     a validated rule without saved-segment leaves
     * @param snapshot the customers and their indexes
     * @param lists    the members of a static list, ascending (empty if it has none)
     */
    static Optional<Candidates> of(Rule rule, CustomerSnapshot snapshot,
            Function<StaticListId, NavigableSet<CustomerId>> lists) {
        if (snapshot.queriedBefore()) {
            List<String> fields = new ArrayList<>();
            indexable(rule, fields);
            snapshot.prepare(fields);
        }
        return Optional.ofNullable(new IndexedCandidates(snapshot, lists).of(rule));
    }

    /** Adds the fields of the rule's leaves that an index could answer, so that their indexes are built together. */
    private static void indexable(Rule rule, List<String> fields) {
        if (rule instanceof Rule.All all) {
            all.rules().forEach(part -> indexable(part, fields));
        } else if (rule instanceof Rule.Any any) {
            any.rules().forEach(part -> indexable(part, fields));
        } else if (rule instanceof Rule.Not not) {
            indexable(not.rule(), fields);
        } else if (rule instanceof Rule.FieldCondition c && byEquality(c)) {
            fields.add(c.field());
        }
    }

    /** {@return whether the leaf compares the field's values for equality with its own} */
    private static boolean byEquality(Rule.FieldCondition condition) {
        Operator operator = condition.operator();
        return condition.field().equals("tags")
                ? operator == Operator.HAS_ANY || operator == Operator.HAS_ALL || operator == Operator.HAS_NONE
                : operator == Operator.EQUALS || operator == Operator.IN
                        || operator == Operator.NOT_EQUALS || operator == Operator.NOT_IN;
    }

    /** {@return the candidates, or null when every customer is one} */
    private Candidates of(Rule rule) {
        if (rule instanceof Rule.All all) {
            BitSet positions = null;
            boolean exact = true;
            for (Rule part : all.rules()) {
                Candidates c = of(part);
                if (c == null) {
                    exact = false;
                } else if (positions == null) {
                    positions = c.positions();
                    exact &= c.exact();
                } else {
                    positions.and(c.positions());
                    exact &= c.exact();
                }
            }
            return positions == null ? null : new Candidates(positions, exact);
        }
        if (rule instanceof Rule.Any any) {
            BitSet positions = new BitSet(snapshot.size());
            boolean exact = true;
            for (Rule part : any.rules()) {
                Candidates c = of(part);
                if (c == null) {
                    return null;
                }
                positions.or(c.positions());
                exact &= c.exact();
            }
            return any.rules().isEmpty() ? null : new Candidates(positions, exact);
        }
        if (rule instanceof Rule.Not not) {
            Candidates c = of(not.rule());
            if (c == null || !c.exact()) {
                return null;
            }
            c.positions().flip(0, snapshot.size());
            return c;
        }
        if (rule instanceof Rule.InList in) {
            BitSet positions = new BitSet(snapshot.size());
            for (CustomerId id : lists.apply(in.list())) {
                int at = snapshot.positionOf(id);
                if (at >= 0) {
                    positions.set(at);
                }
            }
            return new Candidates(positions, true);
        }
        if (rule instanceof Rule.FieldCondition c) {
            return leaf(c);
        }
        return null;
    }

    private Candidates leaf(Rule.FieldCondition condition) {
        if (!byEquality(condition)) {
            return null;
        }
        Operator operator = condition.operator();
        boolean tags = condition.field().equals("tags");
        Optional<Map<String, int[]>> found = snapshot.index(condition.field());
        if (found.isEmpty()) {
            return null;
        }
        Map<String, int[]> index = found.get();
        BitSet positions = null;
        for (RuleValue value : condition.values()) {
            String text = ((RuleValue.Text) value).value();
            int[] having = index.getOrDefault(tags ? text : CustomerSnapshot.lower(text), NONE);
            if (positions == null || operator == Operator.HAS_ALL) {
                BitSet these = bits(having);
                if (positions == null) {
                    positions = these;
                } else {
                    positions.and(these);
                }
            } else {
                for (int at : having) {
                    positions.set(at);
                }
            }
        }
        if (positions == null) {
            return null;
        }
        if (operator.isNegative()) {
            positions.flip(0, snapshot.size());
        }
        return new Candidates(positions, true);
    }

    private BitSet bits(int[] positions) {
        BitSet bits = new BitSet(snapshot.size());
        for (int at : positions) {
            bits.set(at);
        }
        return bits;
    }
}
