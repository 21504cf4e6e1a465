package dev.cms.persistence.jpa;

import dev.cms.core.commerce.LineItem;
import dev.cms.core.money.Money;
import java.util.Currency;
import java.util.List;

/** Maps line items of deals and purchases to {@link LineCell}s and back, in the owner's currency. */
final class Lines {
    private Lines() {
    }

    static List<LineCell> cells(List<LineItem> items) {
        return items.stream().map(i -> new LineCell(i.productCode(), i.name(), i.quantity(), i.unitPrice().amount(),
                i.discountPercent())).toList();
    }

    static List<LineItem> items(List<LineCell> cells, Currency currency) {
        return cells.stream().map(c -> new LineItem(c.productCode, c.name, c.quantity, Money.of(c.unitPrice, currency),
                c.discountPercent)).toList();
    }
}
