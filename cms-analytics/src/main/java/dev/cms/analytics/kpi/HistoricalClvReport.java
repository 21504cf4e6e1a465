package dev.cms.analytics.kpi;

import java.util.List;
import java.util.Objects;

/**
 * Historical customer lifetime value of a population over a window: per currency, the net value of the purchases made
 * in the window, summed and averaged per buyer and per customer (see {@link CurrencyClv} for the formula and
 * reference). Currencies are never converted into each other.
 *
 * @param window     the window
 * @param customers  customers in the population
 * @param currencies one entry per currency bought in, sorted by currency code
 */
public record HistoricalClvReport(Window window, long customers, List<CurrencyClv> currencies) {
    /**
     * Copies the list.
     *
     * @param window     the window
     * @param customers  customers in the population
     * @param currencies one entry per currency bought in, sorted by currency code
     */
    public HistoricalClvReport {
        Objects.requireNonNull(window, "window");
        currencies = List.copyOf(currencies);
    }
}
