package dev.cms.persistence.jpa;

import dev.cms.core.customer.AttributeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code customer_attribute}: the value's type and the value in the column of that type (text and
 * enumeration options in {@code text_value}), all other value columns null.
 */
@Embeddable
class AttributeCell {
    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false)
    AttributeType type;
    @Column(name = "text_value")
    String text;
    /** {@code text} lower-cased in Java, for segments; derived, so not part of equality. */
    @Column(name = "text_lower")
    String textLower;
    @Column(name = "number_value", precision = 38, scale = 18)
    BigDecimal number;
    @Column(name = "boolean_value")
    Boolean bool;
    @Column(name = "date_value")
    LocalDate date;
    @Column(name = "money_amount", precision = 22, scale = 4)
    BigDecimal moneyAmount;
    @Column(name = "money_currency")
    String moneyCurrency;

    AttributeCell() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeCell c && type == c.type && Objects.equals(text, c.text)
                && Numbers.sameValue(number, c.number) && Objects.equals(bool, c.bool) && Objects.equals(date, c.date)
                && Numbers.sameValue(moneyAmount, c.moneyAmount) && Objects.equals(moneyCurrency, c.moneyCurrency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, text, bool, date, moneyCurrency);
    }
}
