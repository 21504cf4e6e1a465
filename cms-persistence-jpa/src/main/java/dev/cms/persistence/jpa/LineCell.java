package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A row of {@code opportunity_line} or {@code purchase_line}. The unit price's currency is the owner's (the domain
 * requires every line to be in the currency of the deal's amount or the purchase's total).
 */
@Embeddable
class LineCell {
    @Column(name = "product_code", nullable = false)
    String productCode;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "quantity", nullable = false, precision = 18, scale = 6)
    BigDecimal quantity;
    @Column(name = "unit_price", nullable = false, precision = 22, scale = 4)
    BigDecimal unitPrice;
    @Column(name = "discount_percent", nullable = false, precision = 7, scale = 4)
    BigDecimal discountPercent;

    LineCell() {
    }

    LineCell(String productCode, String name, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        this.productCode = productCode;
        this.name = name;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discountPercent = discountPercent;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineCell c && productCode.equals(c.productCode) && name.equals(c.name)
                && Numbers.sameValue(quantity, c.quantity) && Numbers.sameValue(unitPrice, c.unitPrice)
                && Numbers.sameValue(discountPercent, c.discountPercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(productCode, name);
    }
}
