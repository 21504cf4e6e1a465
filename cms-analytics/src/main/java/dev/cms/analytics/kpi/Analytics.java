package dev.cms.analytics.kpi;

import dev.cms.analytics.clv.TransactionModel;
import dev.cms.core.AccessDeniedException;
import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.NotFoundException;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The descriptive KPIs of a customer base, computed from the store through the public services on behalf of one
 * principal: one method per KPI family, each taking a {@link Population} (everyone, a saved segment or an ad-hoc rule)
 * and a {@link Window}, and returning an immutable report whose Javadoc names its formula and reference.
 *
 * <pre>{@code
 * Analytics analytics = Analytics.of(cms, Principal.of("analyst"), ZoneId.of("Europe/Berlin"));
 * Window q1 = Window.ofMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 3), analytics.zone());
 * RetentionReport churn = analytics.retention(Population.segment(vipId), q1, PeriodUnit.MONTH);
 * FeedbackReport nps = analytics.feedback(Population.everyone(), q1);
 * }</pre>
 *
 * <p><b>Scale.</b> No KPI loads the store into memory: each pages through the population's customers (1,000 a page)
 * and, for each customer, through their purchases, deals, tickets or answers, folding them into running totals before
 * moving on. What a KPI keeps besides: RFM 40 bytes per scored customer (its quantiles need the whole distribution)
 * plus the report's list of scores; tickets and sales one long per ticket opened, or deal won, in the window (for exact
 * medians and percentiles); health the at-risk list, bounded by {@link AtRiskRule#listLimit()}; the others a few
 * counters per period, month, stage or currency.
 *
 * <p><b>Time.</b> Calendar periods (months, cohorts, RFM recency days) are taken in the zone given here, which should be
 * the Cms's business zone. "Now" (for SLA clocks still running and deals still open when a window ends in the future)
 * is the Cms's clock. Segment membership is evaluated now, not at the window's end.
 *
 * <p><b>Access.</b> Every read goes through the services as the principal, so the access policy applies: a principal
 * who may not read customers, purchases, deals, tickets or feedback gets an {@link AccessDeniedException}; customers
 * the policy hides are left out of segment populations.
 *
 * <p>Thread-safe and stateless besides its configuration.
 */
public final class Analytics {
    private final StoreReader store;
    private final ZoneId zone;
    private final Clock clock;

    private Analytics(CmsScope scope, ZoneId zone, Clock clock) {
        this.store = new StoreReader(scope);
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * {@return the KPIs of the store behind {@code cms}, read as {@code principal}}
     *
     * @param cms       the Cms (its clock is "now")
     * @param principal who reads
     * @param zone      the business time zone for calendar periods: pass the zone given to {@code Cms.builder().zone}
     */
    public static Analytics of(Cms cms, Principal principal, ZoneId zone) {
        Objects.requireNonNull(cms, "cms");
        return new Analytics(cms.as(Objects.requireNonNull(principal, "principal")), Objects.requireNonNull(zone, "zone"),
                cms.clock());
    }

    /** {@return the business time zone of calendar periods} */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Historical customer lifetime value: net purchase value per currency, in total, per buyer and per customer.
     *
     * @param population whose purchases
     * @param window     when they were made
     * @return the report ({@link HistoricalClvReport})
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws ValidationException   if the population's rule is not valid
     * @throws AccessDeniedException if the principal may not read customers or purchases
     */
    public HistoricalClvReport historicalClv(Population population, Window window) {
        return HistoricalClvKpi.compute(store, check(population), check(window));
    }

    /**
     * Churn and retention per calendar period, "active" meaning "purchased in the period".
     *
     * @param population whose purchases
     * @param window     the periods overlapping it are reported
     * @param unit       week, month, quarter or year
     * @return the report ({@link RetentionReport})
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws AccessDeniedException if the principal may not read customers or purchases
     */
    public RetentionReport retention(Population population, Window window, PeriodUnit unit) {
        return RetentionKpi.compute(store, check(population), check(window), Objects.requireNonNull(unit, "unit"), zone);
    }

    /**
     * The monthly acquisition-cohort retention matrix, a cohort being the month of a customer's first purchase.
     *
     * @param population whose purchases
     * @param window     the cohort months and the months followed
     * @return the report ({@link CohortReport})
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws AccessDeniedException if the principal may not read customers or purchases
     */
    public CohortReport cohorts(Population population, Window window) {
        return CohortKpi.compute(store, check(population), check(window), zone);
    }

    /**
     * RFM quintile scores and named segments of the customers who bought in the window.
     *
     * @param population whose purchases
     * @param window     the purchases scored; recency is measured to its last day
     * @param currency   the currency of the monetary score (purchases in others are left out)
     * @return the report ({@link RfmReport}), which lists every scored customer
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws ValidationException   if a customer's spend exceeds 2^63 minor units
     * @throws AccessDeniedException if the principal may not read customers or purchases
     */
    public RfmReport rfm(Population population, Window window, Currency currency) {
        return RfmKpi.compute(store, check(population), check(window), Objects.requireNonNull(currency, "currency"), zone);
    }

    /**
     * NPS, CSAT and CES with 95% confidence intervals, over the window and per month.
     *
     * @param population whose answers
     * @param window     when they were given
     * @return the report ({@link FeedbackReport})
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws AccessDeniedException if the principal may not read customers or feedback
     */
    public FeedbackReport feedback(Population population, Window window) {
        return feedback(population, window, 0.95);
    }

    /**
     * NPS, CSAT and CES with confidence intervals at the given level, over the window and per month.
     *
     * @param population      whose answers
     * @param window          when they were given
     * @param confidenceLevel the intervals' level, strictly between 0 and 1
     * @return the report ({@link FeedbackReport})
     * @throws ValidationException   if the level is out of range
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws AccessDeniedException if the principal may not read customers or feedback
     */
    public FeedbackReport feedback(Population population, Window window, double confidenceLevel) {
        return FeedbackKpi.compute(store, check(population), check(window), confidenceLevel, zone);
    }

    /**
     * Funnel conversion per stage, win rate, average deal size, sales-cycle length, weighted forecast by expected close
     * month and pipeline velocity.
     *
     * @param population whose deals
     * @param window     deals created, closed or expected to close in it; the pipeline at its end
     * @return the report ({@link SalesReport})
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws AccessDeniedException if the principal may not read customers, deals or pipelines
     */
    public SalesReport sales(Population population, Window window) {
        return SalesKpi.compute(store, check(population), check(window), zone, clock.instant());
    }

    /**
     * First-response and resolution times and SLA compliance of the tickets opened in the window.
     *
     * @param population whose tickets
     * @param window     when they were opened
     * @return the report ({@link TicketReport})
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws AccessDeniedException if the principal may not read customers or tickets
     */
    public TicketReport tickets(Population population, Window window) {
        return TicketKpi.compute(store, check(population), check(window), clock.instant());
    }

    /**
     * Customer health at the window's end and the customers at risk by low or falling health.
     *
     * @param population whose health
     * @param window     health is measured at its end, and compared with the window of the same length before it
     * @param model      the health score's weights and scales
     * @param rule       when a customer is at risk
     * @return the report ({@link HealthReport})
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws AccessDeniedException if the principal may not read customers, purchases, tickets or feedback
     */
    public HealthReport health(Population population, Window window, HealthModel model, AtRiskRule rule) {
        return HealthKpi.compute(store, check(population), check(window), Objects.requireNonNull(model, "model"),
                Objects.requireNonNull(rule, "rule"), Optional.empty(), zone);
    }

    /**
     * Customer health at the window's end and the customers at risk by low or falling health or by a low probability
     * of being alive under a fitted BG/NBD or Pareto/NBD model (each customer's purchase days up to the window's last
     * day, inclusive, summarised as in {@link dev.cms.analytics.clv.CustomerSummaries#fromTransactions}).
     *
     * @param population whose health
     * @param window     health is measured at its end, and compared with the window of the same length before it
     * @param model      the health score's weights and scales
     * @param rule       when a customer is at risk
     * @param alive      a fitted transaction model, such as {@code BgNbdModel.fit(summaries).model()}
     * @return the report ({@link HealthReport})
     * @throws NotFoundException     if the population names a segment that does not exist
     * @throws AccessDeniedException if the principal may not read customers, purchases, tickets or feedback
     */
    public HealthReport health(Population population, Window window, HealthModel model, AtRiskRule rule,
                               TransactionModel alive) {
        return HealthKpi.compute(store, check(population), check(window), Objects.requireNonNull(model, "model"),
                Objects.requireNonNull(rule, "rule"), Optional.of(Objects.requireNonNull(alive, "alive")), zone);
    }

    private static Population check(Population population) {
        return Objects.requireNonNull(population, "population");
    }

    private static Window check(Window window) {
        return Objects.requireNonNull(window, "window");
    }
}
