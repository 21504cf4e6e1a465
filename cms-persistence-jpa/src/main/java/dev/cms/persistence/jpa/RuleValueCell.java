package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code segment_rule_value}: one value of the condition at {@code nodePosition}, in the column of its kind
 * (TEXT, NUMBER, BOOL, DATE, SPAN, AMOUNT); the values of a node are in the order of the condition.
 */
@Embeddable
class RuleValueCell {
    @Column(name = "node_position", nullable = false)
    int nodePosition;
    @Column(name = "value_kind", nullable = false)
    String kind;
    @Column(name = "text_value")
    String text;
    @Column(name = "number_value", precision = 38, scale = 18)
    BigDecimal number;
    @Column(name = "boolean_value")
    Boolean bool;
    @Column(name = "date_value")
    LocalDate date;
    @Column(name = "span_amount")
    Integer spanAmount;
    @Column(name = "span_unit")
    String spanUnit;
    @Column(name = "money_amount", precision = 22, scale = 4)
    BigDecimal moneyAmount;
    @Column(name = "money_currency")
    String moneyCurrency;

    RuleValueCell() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleValueCell c && nodePosition == c.nodePosition && kind.equals(c.kind)
                && Objects.equals(text, c.text) && Numbers.sameValue(number, c.number) && Objects.equals(bool, c.bool)
                && Objects.equals(date, c.date) && Objects.equals(spanAmount, c.spanAmount)
                && Objects.equals(spanUnit, c.spanUnit) && Numbers.sameValue(moneyAmount, c.moneyAmount)
                && Objects.equals(moneyCurrency, c.moneyCurrency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodePosition, kind, text, bool, date, spanAmount, spanUnit, moneyCurrency);
    }
}
