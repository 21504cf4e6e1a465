package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/**
 * A row of {@code segment_rule_node}: one node of a rule in pre-order. {@code kind} is ALL, ANY, NOT, FIELD, METRIC,
 * IN_LIST or IN_SEGMENT; groups say how many children follow; the other columns hold what the kind has.
 */
@Embeddable
class RuleNodeCell {
    @Column(name = "node_kind", nullable = false)
    String kind;
    @Column(name = "child_count", nullable = false)
    int children;
    @Column(name = "field_name")
    String field;
    @Column(name = "operator")
    String operator;
    @Column(name = "metric_kind")
    String metricKind;
    @Column(name = "window_amount")
    Integer windowAmount;
    @Column(name = "window_unit")
    String windowUnit;
    @Column(name = "channel")
    String channel;
    @Column(name = "currency")
    String currency;
    @Column(name = "reference_id")
    UUID reference;

    RuleNodeCell() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleNodeCell c && kind.equals(c.kind) && children == c.children && Objects.equals(field, c.field)
                && Objects.equals(operator, c.operator) && Objects.equals(metricKind, c.metricKind)
                && Objects.equals(windowAmount, c.windowAmount) && Objects.equals(windowUnit, c.windowUnit)
                && Objects.equals(channel, c.channel) && Objects.equals(currency, c.currency)
                && Objects.equals(reference, c.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, children, field, operator, metricKind, reference);
    }
}
