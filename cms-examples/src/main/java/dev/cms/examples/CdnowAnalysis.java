package dev.cms.examples;

import dev.cms.analytics.clv.BgNbdModel;
import dev.cms.analytics.clv.CustomerLifetimeValue;
import dev.cms.analytics.clv.CustomerSummaries;
import dev.cms.analytics.clv.CustomerSummary;
import dev.cms.analytics.clv.DiscountRate;
import dev.cms.analytics.clv.GammaGammaModel;
import dev.cms.analytics.clv.HoldoutReport;
import dev.cms.analytics.clv.HoldoutValidation;
import dev.cms.analytics.clv.ModelFit;
import dev.cms.analytics.clv.ParetoNbdModel;
import dev.cms.analytics.clv.StoreTransactions;
import dev.cms.analytics.clv.Transaction;
import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.Principal;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.money.Money;
import dev.cms.persistence.memory.MemoryPersistence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customer-base analysis of the CDNOW 1/10 sample through the public API: imports {@code CDNOW_sample.txt} as
 * customers and purchases into a {@link Cms} on the in-memory adapter, reads the purchases back page by page to derive
 * the calibration summaries (1997-01-01..1997-09-30, weeks; same-day purchases merged, the first purchase excluded,
 * the calibration end inclusive), fits BG/NBD, Pareto/NBD and Gamma-Gamma, and prints their estimates (which
 * reproduce Fader, Hardie &amp; Lee 2005 and Fader &amp; Hardie 2013), the ten customers with the highest 52-week
 * discounted CLV (BG/NBD with Gamma-Gamma, 10% a year, weekly steps), and the BG/NBD calibration/holdout comparison
 * to 1998-06-30.
 *
 * <p>Run it with the path to the data as its argument:
 * {@code mvn -B -q install -DskipTests && mvn -B -q -pl cms-examples exec:java
 * -Dexec.mainClass=dev.cms.examples.CdnowAnalysis -Dexec.args=../shared/data/cdnow/CDNOW_sample.txt}.
 */
public final class CdnowAnalysis {
    /** The last day of the calibration period. */
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    /** The last day of the holdout period, the last day of the data. */
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
    private static final ZoneOffset ZONE = ZoneOffset.UTC;
    private static final int PAGE = 500;
    private static final MathContext SIX_DIGITS = new MathContext(6);
    private static final Duration WEEK = ChronoUnit.WEEKS.getDuration();
    private static final DiscountRate TEN_PERCENT_A_YEAR = DiscountRate.of(new BigDecimal("0.10"), ChronoUnit.YEARS);

    private final CmsScope scope;
    private final PrintStream out;

    private CdnowAnalysis(CmsScope scope, PrintStream out) {
        this.scope = scope;
        this.out = out;
    }

    /**
     * Runs the analysis.
     *
     * @param args the path to {@code CDNOW_sample.txt}
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CdnowAnalysis <path to CDNOW_sample.txt>");
            System.exit(2);
            return;
        }
        // A fixed clock: every purchase is recorded "now", the day after the data end, so every run prints the same.
        Clock clock = Clock.fixed(HOLDOUT_END.plusDays(1).atStartOfDay(ZONE).toInstant(), ZONE);
        Cms cms = Cms.builder().persistence(new MemoryPersistence()).clock(clock).build();
        CdnowAnalysis analysis = new CdnowAnalysis(cms.as(Principal.of("analyst")), System.out);
        analysis.importFile(Path.of(args[0]));
        analysis.analyse();
    }

    /**
     * One customer per CDNOW sample id (external id {@code cdnow-<id>}), one purchase per row, placed at noon UTC on
     * its day, in USD.
     */
    private void importFile(Path file) {
        Map<String, Customer> byId = new HashMap<>();
        int rows = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                String id = f[1];
                Customer customer = byId.computeIfAbsent(id, k -> scope.customers().create(
                        scope.customers().person("CDNOW customer", k).externalId("cdnow-" + k).build()));
                Instant placed = LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE).atTime(LocalTime.NOON)
                        .toInstant(ZONE);
                rows++;
                scope.purchases().record(PurchaseDetails.of(customer.id(), placed, Money.of(f[4], "USD"))
                        .withExternalOrderId("cdnow-row-" + rows));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf(Locale.ROOT, "Imported %d customers and %d purchases%n", byId.size(), rows);
    }

    private void analyse() {
        // Every stored purchase as a transaction of its customer's CDNOW id, read customer by customer, page by page.
        Iterable<Transaction<String>> purchases = StoreTransactions.of(scope, ZONE, Money.currency("USD"), Optional.empty(),
                CdnowAnalysis::cdnowId);
        CustomerSummaries<String> data = CustomerSummaries.fromTransactions(purchases, CALIBRATION_END, ChronoUnit.WEEKS);
        out.printf(Locale.ROOT, "Calibration to %s: %d customers, %d repeat buyers%n", CALIBRATION_END, data.size(),
                data.summaries().stream().filter(s -> s.frequency() > 0).count());

        ModelFit<BgNbdModel> bgNbd = BgNbdModel.fit(data);
        ModelFit<ParetoNbdModel> paretoNbd = ParetoNbdModel.fit(data);
        ModelFit<GammaGammaModel> gammaGamma = GammaGammaModel.fit(data);
        BgNbdModel b = bgNbd.model();
        ParetoNbdModel p = paretoNbd.model();
        GammaGammaModel g = gammaGamma.model();
        out.println("BG/NBD r=" + six(b.r()) + " alpha=" + six(b.alpha()) + " a=" + six(b.a()) + " b=" + six(b.b())
                + " ll=" + six(bgNbd.logLikelihood()));
        out.println("Pareto/NBD r=" + six(p.r()) + " alpha=" + six(p.alpha()) + " s=" + six(p.s())
                + " beta=" + six(p.beta()) + " ll=" + six(paretoNbd.logLikelihood()));
        out.println("Gamma-Gamma p=" + six(g.p()) + " q=" + six(g.q()) + " v=" + six(g.v())
                + " ll=" + six(gammaGamma.logLikelihood()));

        printTopCustomers(data, b, g);
        printHoldout(HoldoutValidation.validate(purchases, CALIBRATION_END, HOLDOUT_END,
                calibration -> BgNbdModel.fit(calibration).model()));
    }

    private void printTopCustomers(CustomerSummaries<String> data, BgNbdModel transactions, GammaGammaModel spend) {
        Duration year = WEEK.multipliedBy(52);
        record Ranked(String customer, CustomerSummary summary, Money clv) {
        }
        List<Ranked> ranked = new ArrayList<>();
        data.asMap().forEach((customer, summary) -> ranked.add(new Ranked(customer, summary,
                CustomerLifetimeValue.discounted(transactions, spend, summary, year, WEEK, TEN_PERCENT_A_YEAR))));
        ranked.sort(Comparator.comparing(Ranked::clv).reversed().thenComparing(Ranked::customer));
        out.println();
        out.println("Top 10 customers by 52-week discounted CLV (BG/NBD + Gamma-Gamma, 10% a year, weekly steps)");
        out.println("  customer     x    t_x      T  P(alive)  E[purchases]  E[spend]        CLV");
        for (Ranked r : ranked.subList(0, Math.min(10, ranked.size()))) {
            CustomerSummary s = r.summary();
            out.printf(Locale.ROOT, "  %-10s %3d %6.2f %6.2f %9.3f %13.3f %9s %10s%n", r.customer(), s.frequency(),
                    s.recency(), s.age(), transactions.probabilityAlive(s), transactions.expectedTransactions(s, year),
                    spend.expectedMeanSpend(s).amount().toPlainString(), r.clv().amount().toPlainString());
        }
    }

    private void printHoldout(HoldoutReport report) {
        out.println();
        out.printf(Locale.ROOT, "Holdout %s..%s (BG/NBD fitted on the calibration period)%n",
                report.calibrationEnd().plusDays(1), report.holdoutEnd());
        out.println("  calibration x  customers  actual/customer  predicted/customer");
        for (HoldoutReport.FrequencyBucket bucket : report.byFrequency()) {
            out.printf(Locale.ROOT, "  %13s %10d %16.3f %19.3f%n", bucket.label(), bucket.customers(),
                    bucket.actualMean(), bucket.predictedMean());
        }
        out.printf(Locale.ROOT, "  %13s %10s %16d %19.1f%n", "total", "", report.actualHoldoutTransactions(),
                report.predictedHoldoutTransactions());
        out.println();
        out.println("Cumulative repeat transactions by week (weeks 1-39 calibration, 40-78 holdout)");
        out.println("  week  last day    actual  predicted");
        for (HoldoutReport.TrackingWeek week : report.weekly()) {
            out.printf(Locale.ROOT, "  %4d  %s  %6d  %9.1f%n", week.week(), week.lastDay(), week.actual(),
                    week.predicted());
        }
    }

    private static String cdnowId(Customer customer) {
        return customer.profile().externalId().map(ExternalId::value).orElseThrow().substring("cdnow-".length());
    }

    /** Six significant digits, rounded half-up, without an exponent. */
    static String six(double value) {
        return new BigDecimal(value).round(SIX_DIGITS).toPlainString();
    }
}
