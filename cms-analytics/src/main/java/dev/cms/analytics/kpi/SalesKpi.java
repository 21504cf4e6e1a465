package dev.cms.analytics.kpi;

import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes {@link SalesReport}. One pass over the population, each customer's deals read page by page. Memory: the
 * pipelines, a counter per funnel step, running totals per currency and per forecast month, and one long per deal won
 * in the window (its cycle length, for the median).
 */
final class SalesKpi {
    private static final double SECONDS_PER_DAY = 86_400;

    private SalesKpi() {
    }

    static SalesReport compute(StoreReader store, Population population, Window window, ZoneId zone, Instant now) {
        Map<PipelineId, Funnel> funnels = new HashMap<>();
        for (Pipeline p : store.scope().pipelines().list()) {
            funnels.put(p.id(), new Funnel(p));
        }
        Instant openAt = window.to().isAfter(now) ? now : window.to();
        LocalDate firstDay = window.firstDay(zone);
        LocalDate lastDay = window.lastDay(zone);
        Map<Currency, Totals> totals = new HashMap<>();
        TreeMap<YearMonth, Map<Currency, Totals>> forecast = new TreeMap<>();
        LongList cycles = new LongList();
        long[] counts = new long[4]; // customers, won, lost, unscheduled
        store.forEachCustomer(population, customer -> {
            counts[0]++;
            store.deals(customer.id(), deal -> {
                Funnel funnel = funnels.computeIfAbsent(deal.pipeline(),
                        id -> new Funnel(store.scope().pipelines().get(id)));
                Currency currency = deal.details().amount().currency();
                if (window.contains(deal.createdAt())) {
                    funnel.add(deal);
                }
                if (deal.closedAt().isPresent() && window.contains(deal.closedAt().get())) {
                    if (deal.status() == OpportunityStatus.WON) {
                        counts[1]++;
                        Totals t = totals.computeIfAbsent(currency, Totals::new);
                        t.won++;
                        t.wonValue = t.wonValue.add(deal.details().amount().amount());
                        cycles.add(Duration.between(deal.createdAt(), deal.closedAt().get()).getSeconds());
                    } else {
                        counts[2]++;
                    }
                }
                Optional<Stage> stage = funnel.stageAt(deal, openAt);
                if (stage.isPresent() && stage.get().kind() == StageKind.OPEN) {
                    Money amount = deal.details().amount();
                    int probability = deal.details().probability().orElse(stage.get().probability());
                    Money weighted = amount.times(BigDecimal.valueOf(probability, 2), RoundingMode.HALF_EVEN);
                    totals.computeIfAbsent(currency, Totals::new).addOpen(amount, weighted);
                    Optional<LocalDate> close = deal.details().expectedClose();
                    if (close.isEmpty()) {
                        counts[3]++;
                    } else if (!close.get().isBefore(firstDay) && !close.get().isAfter(lastDay)) {
                        forecast.computeIfAbsent(YearMonth.from(close.get()), m -> new HashMap<>())
                                .computeIfAbsent(currency, Totals::new).addOpen(amount, weighted);
                    }
                }
            });
        });

        long won = counts[1];
        long lost = counts[2];
        Optional<Double> winRate = won + lost == 0 ? Optional.empty() : Optional.of((double) won / (won + lost));
        SalesCycle cycle = cycle(cycles);
        List<CurrencySales> currencies = new ArrayList<>();
        for (Totals t : totals.values()) {
            currencies.add(t.sales(winRate, cycle));
        }
        currencies.sort(Comparator.comparing(c -> c.currency().getCurrencyCode()));
        List<ForecastMonth> months = new ArrayList<>();
        forecast.forEach((month, byCurrency) -> byCurrency.values().stream()
                .sorted(Comparator.comparing(t -> t.currency.getCurrencyCode()))
                .forEach(t -> months.add(new ForecastMonth(month, t.currency, t.open,
                        new Money(t.openValue, t.currency), new Money(t.weightedValue, t.currency)))));
        List<PipelineFunnel> result = funnels.values().stream().filter(f -> f.deals > 0)
                .sorted(Comparator.comparing((Funnel f) -> f.pipeline.name()).thenComparing(f -> f.pipeline.id()))
                .map(Funnel::report).toList();
        return new SalesReport(window, counts[0], result, won, lost, winRate, cycle, currencies, months, counts[3]);
    }

    private static SalesCycle cycle(LongList seconds) {
        int n = seconds.size();
        if (n == 0) {
            return new SalesCycle(0, Optional.empty(), Optional.empty());
        }
        long[] sorted = seconds.sorted();
        return new SalesCycle(n, Optional.of(Statistics.mean(sorted, n) / SECONDS_PER_DAY),
                Optional.of(Statistics.quantile(sorted, n, 0.5) / SECONDS_PER_DAY));
    }

    /** Running totals of one currency (or of one currency in one forecast month). */
    private static final class Totals {
        private final Currency currency;
        private long won;
        private BigDecimal wonValue = BigDecimal.ZERO;
        private long open;
        private BigDecimal openValue = BigDecimal.ZERO;
        private BigDecimal weightedValue = BigDecimal.ZERO;

        Totals(Currency currency) {
            this.currency = currency;
        }

        void addOpen(Money amount, Money weighted) {
            open++;
            openValue = openValue.add(amount.amount());
            weightedValue = weightedValue.add(weighted.amount());
        }

        CurrencySales sales(Optional<Double> winRate, SalesCycle cycle) {
            Optional<Money> average = won == 0 ? Optional.empty() : Optional.of(Amounts.mean(wonValue, won, currency));
            Optional<Money> velocity = Optional.empty();
            if (average.isPresent() && winRate.isPresent() && cycle.meanDays().orElse(0.0) > 0) {
                BigDecimal perDay = BigDecimal.valueOf(open).multiply(average.get().amount())
                        .multiply(BigDecimal.valueOf(winRate.get()))
                        .divide(BigDecimal.valueOf(cycle.meanDays().get()), MathContext.DECIMAL64)
                        .setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
                velocity = Optional.of(new Money(perDay, currency));
            }
            return new CurrencySales(currency, won, new Money(wonValue, currency), average, open,
                    new Money(openValue, currency), new Money(weightedValue, currency), velocity);
        }
    }

    /** The funnel counters of one pipeline, and its stages by id. */
    private static final class Funnel {
        private final Pipeline pipeline;
        private final List<Stage> steps;
        private final Map<StageId, Integer> stepOf = new HashMap<>();
        private final long[] reached;
        private long deals;

        Funnel(Pipeline pipeline) {
            this.pipeline = pipeline;
            this.steps = new ArrayList<>(pipeline.openStages());
            steps.add(pipeline.wonStage());
            for (int i = 0; i < steps.size(); i++) {
                stepOf.put(steps.get(i).id(), i);
            }
            this.reached = new long[steps.size()];
        }

        void add(Opportunity deal) {
            deals++;
            int furthest = deal.status() == OpportunityStatus.WON ? steps.size() - 1 : -1;
            for (StageChange move : deal.history()) {
                furthest = Math.max(furthest, stepOf.getOrDefault(move.to(), -1));
            }
            for (int i = 0; i <= furthest; i++) {
                reached[i]++;
            }
        }

        /** The stage the deal was in just before {@code t}, by its history; empty if it did not exist yet. */
        Optional<Stage> stageAt(Opportunity deal, Instant t) {
            if (!deal.createdAt().isBefore(t)) {
                return Optional.empty();
            }
            StageId stage = deal.history().get(0).to();
            for (StageChange move : deal.history()) {
                if (!move.at().isBefore(t)) {
                    break;
                }
                stage = move.to();
            }
            // A stage removed from the pipeline since was an open one (closed stages cannot be removed); its default
            // probability is gone with it, so a deal still there without its own probability weighs 0.
            StageId id = stage;
            return Optional.of(pipeline.stage(id).orElseGet(() -> new Stage(id, "removed", 0, StageKind.OPEN)));
        }

        PipelineFunnel report() {
            List<StageStep> result = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Stage s = steps.get(i);
                Optional<Double> fromPrevious = i == 0 || reached[i - 1] == 0 ? Optional.empty()
                        : Optional.of((double) reached[i] / reached[i - 1]);
                Optional<Double> fromFirst = reached[0] == 0 ? Optional.empty() : Optional.of((double) reached[i] / reached[0]);
                result.add(new StageStep(s.id(), s.name(), s.kind(), reached[i], fromPrevious, fromFirst));
            }
            return new PipelineFunnel(pipeline.id(), pipeline.name(), deals, result);
        }
    }
}
