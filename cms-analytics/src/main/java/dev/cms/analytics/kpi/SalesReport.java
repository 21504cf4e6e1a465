package dev.cms.analytics.kpi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sales KPIs over the deals of a population:
 * <ul>
 *   <li>{@code funnels}: stage conversion per pipeline over the deals created in the window ({@link StageStep});</li>
 *   <li>{@code winRate = won / (won + lost)} over the deals closed in the window and still closed (a deal reopened
 *       since counts by its current state); empty when none closed;</li>
 *   <li>{@code cycle}: sales-cycle length of the deals won in the window ({@link SalesCycle});</li>
 *   <li>{@code currencies}: average won deal size, open and weighted pipeline and pipeline velocity per currency
 *       ({@link CurrencySales});</li>
 *   <li>{@code forecast}: the weighted pipeline by expected close month ({@link ForecastMonth}).</li>
 * </ul>
 * A deal is open at the window's end when it was created before it and the last move of its stage history before it
 * went into an open stage (or, for a window that ends in the future, when it is open now). Amounts, probabilities and
 * expected close dates are the deals' current ones: the store keeps no history of them.
 *
 * @param window               the window
 * @param customers            customers in the population
 * @param funnels              one funnel per pipeline in which the population has deals created in the window, by name
 * @param won                  deals won in the window
 * @param lost                 deals lost in the window
 * @param winRate              won / (won + lost), in [0, 1]
 * @param cycle                sales-cycle length
 * @param currencies           one entry per currency with a deal won in the window or open at its end, by code
 * @param forecast             per expected close month, then currency
 * @param unscheduledOpenDeals deals open at the window's end without an expected close date
 */
public record SalesReport(Window window, long customers, List<PipelineFunnel> funnels, long won, long lost,
                          Optional<Double> winRate, SalesCycle cycle, List<CurrencySales> currencies,
                          List<ForecastMonth> forecast, long unscheduledOpenDeals) {
    /**
     * Copies the lists.
     *
     * @param window               the window
     * @param customers            customers in the population
     * @param funnels              one funnel per pipeline
     * @param won                  deals won in the window
     * @param lost                 deals lost in the window
     * @param winRate              won / (won + lost), in [0, 1]
     * @param cycle                sales-cycle length
     * @param currencies           per currency, sorted by code
     * @param forecast             per expected close month, then currency
     * @param unscheduledOpenDeals deals open at the window's end without an expected close date
     */
    public SalesReport {
        Objects.requireNonNull(window, "window");
        funnels = List.copyOf(funnels);
        Objects.requireNonNull(winRate, "winRate");
        Objects.requireNonNull(cycle, "cycle");
        currencies = List.copyOf(currencies);
        forecast = List.copyOf(forecast);
    }
}
