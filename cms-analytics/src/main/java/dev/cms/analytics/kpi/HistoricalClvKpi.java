package dev.cms.analytics.kpi;

import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes {@link HistoricalClvReport}. One pass over the population, each customer's purchases in the window read
 * page by page; memory: one running total, buyer count and purchase count per currency.
 */
final class HistoricalClvKpi {
    private HistoricalClvKpi() {
    }

    static HistoricalClvReport compute(StoreReader store, Population population, Window window) {
        TreeMap<String, Totals> byCurrency = new TreeMap<>();
        long[] customers = {0};
        store.forEachCustomer(population, customer -> {
            customers[0]++;
            Set<Currency> boughtIn = new HashSet<>(2);
            store.purchases(customer.id(), window.from(), window.to(), purchase -> {
                Money net = purchase.netTotal();
                Totals t = byCurrency.computeIfAbsent(net.currency().getCurrencyCode(), code -> new Totals(net.currency()));
                t.total = t.total.add(net.amount());
                t.purchases++;
                if (boughtIn.add(net.currency())) {
                    t.buyers++;
                }
            });
        });
        List<CurrencyClv> values = new ArrayList<>();
        for (Totals t : byCurrency.values()) {
            values.add(new CurrencyClv(t.currency, t.buyers, t.purchases, new Money(t.total, t.currency),
                    Amounts.mean(t.total, t.buyers, t.currency), Amounts.mean(t.total, customers[0], t.currency)));
        }
        values.sort(Comparator.comparing(v -> v.currency().getCurrencyCode()));
        return new HistoricalClvReport(window, customers[0], values);
    }

    private static final class Totals {
        private final Currency currency;
        private BigDecimal total = BigDecimal.ZERO;
        private long buyers;
        private long purchases;

        Totals(Currency currency) {
            this.currency = currency;
        }
    }
}
