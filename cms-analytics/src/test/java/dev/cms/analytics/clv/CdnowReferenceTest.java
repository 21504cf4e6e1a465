package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published CDNOW results (test resource {@code cdnow/REFERENCE.md}), reproduced from the raw transactions: the
 * parameters rounded to the paper's printed digits equal the printed values, the log-likelihoods agree to 0.1.
 */
class CdnowReferenceTest {
    private static CustomerSummaries<Integer> derived;
    private static ModelFit<BgNbdModel> bgNbd;

    @BeforeAll
    static void fitBgNbd() {
        derived = Cdnow.derivedSummaries();
        bgNbd = BgNbdModel.fit(derived);
    }

    /** The estimate, rounded half-up to as many decimals as the published value shows, equals it. */
    private static void assertPrinted(ParameterEstimate estimate, String published) {
        BigDecimal expected = new BigDecimal(published);
        assertThat(BigDecimal.valueOf(estimate.value()).setScale(expected.scale(), RoundingMode.HALF_UP))
                .as("%s = %s printed as %s", estimate.name(), estimate.value(), published)
                .isEqualByComparingTo(expected);
    }

    @Test
    void bgNbd_reproducesFaderHardieLee2005() {
        assertPrinted(bgNbd.parameter("r"), "0.243");
        assertPrinted(bgNbd.parameter("alpha"), "4.414");
        assertPrinted(bgNbd.parameter("a"), "0.793");
        assertPrinted(bgNbd.parameter("b"), "2.426");
        assertThat(bgNbd.logLikelihood()).isCloseTo(-9582.4, within(0.1));
        assertThat(bgNbd.customers()).isEqualTo(2357);
        assertThat(bgNbd.diagnostics().converged()).as(bgNbd.diagnostics().message()).isTrue();
    }

    /** FHL 2005: x = 2, t_x = 30.43, T = 38.86 is expected to make 1.226 purchases in the next 39 weeks. */
    @Test
    void bgNbd_conditionalExpectation_ofThePapersExampleCustomer() {
        CustomerSummary customer = CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS);
        double expected = bgNbd.model().expectedTransactions(customer, ChronoUnit.WEEKS.getDuration().multipliedBy(39));
        assertThat(expected).isCloseTo(1.226, within(0.001));
    }

    @Test
    void paretoNbd_reproducesTheComparisonInFaderHardieLee2005() {
        ModelFit<ParetoNbdModel> fit = ParetoNbdModel.fit(derived);
        assertPrinted(fit.parameter("r"), "0.553");
        assertPrinted(fit.parameter("alpha"), "10.578");
        assertPrinted(fit.parameter("s"), "0.606");
        assertPrinted(fit.parameter("beta"), "11.669");
        assertThat(fit.logLikelihood()).isCloseTo(-9595.0, within(0.1));
        assertThat(fit.diagnostics().converged()).as(fit.diagnostics().message()).isTrue();
    }

    /** Fader &amp; Hardie 2013 fit the exact mean repeat spend of the 946 repeat buyers. */
    @Test
    void gammaGamma_reproducesFaderHardie2013() {
        ModelFit<GammaGammaModel> fit = GammaGammaModel.fit(derived);
        assertPrinted(fit.parameter("p"), "6.25");
        assertPrinted(fit.parameter("q"), "3.74");
        assertPrinted(fit.parameter("v"), "15.44");
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.diagnostics().converged()).as(fit.diagnostics().message()).isTrue();
    }

    /**
     * On the published summary file (times and spend rounded to 2 decimals) the fits agree with what the Python
     * library lifetimes 0.11 documents for the same file in its quick start ({@code bgf.summary},
     * {@code ggf.summary}): BG/NBD r 0.242593 (se 0.012557), alpha 4.413532 (0.378221), a 0.792886 (0.185719),
     * b 2.425752 (0.705345); Gamma-Gamma p 6.248802, q 3.744588, v 15.447748. Rounding the spend moves v to 15.45.
     */
    @Test
    void publishedSummaryFile_givesWhatLifetimesDocuments_includingStandardErrors() {
        ModelFit<BgNbdModel> fit = BgNbdModel.fit(Cdnow.publishedSummaries());
        double[][] expected = {{0.242593, 0.012557}, {4.413532, 0.378221}, {0.792886, 0.185719}, {2.425752, 0.705345}};
        List<String> names = List.of("r", "alpha", "a", "b");
        for (int i = 0; i < 4; i++) {
            ParameterEstimate p = fit.parameter(names.get(i));
            assertThat(p.value()).as(p.name()).isCloseTo(expected[i][0], within(expected[i][0] * 1e-4));
            assertThat(p.standardError()).as("se of " + p.name()).isCloseTo(expected[i][1], within(expected[i][1] * 1e-2));
        }
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.1));

        ModelFit<GammaGammaModel> spend = GammaGammaModel.fit(Cdnow.publishedSummariesWithSpend());
        assertThat(spend.parameter("p").value()).isCloseTo(6.248802, within(1e-3));
        assertThat(spend.parameter("q").value()).isCloseTo(3.744588, within(1e-3));
        assertThat(spend.parameter("v").value()).isCloseTo(15.447748, within(2e-3));
    }

    /**
     * The same data in days: r, a, b are unit-free and stay put, alpha scales by 7, the log-likelihood (a density
     * in time) drops by Σx·ln 7 = 2457 ln 7, and every prediction for a given Duration is unchanged.
     */
    @Test
    void fittingInDays_scalesAlphaOnly_andPredictsTheSame() {
        ModelFit<BgNbdModel> days = BgNbdModel.fit(derived.in(ChronoUnit.DAYS));
        BgNbdModel d = days.model();
        BgNbdModel w = bgNbd.model();
        assertThat(d.unit()).isEqualTo(ChronoUnit.DAYS);
        assertThat(d.r()).isCloseTo(w.r(), within(w.r() * 1e-5));
        assertThat(d.a()).isCloseTo(w.a(), within(w.a() * 1e-4));
        assertThat(d.b()).isCloseTo(w.b(), within(w.b() * 1e-4));
        assertThat(d.alpha()).isCloseTo(7 * w.alpha(), within(7 * w.alpha() * 1e-5));
        assertThat(days.logLikelihood()).isCloseTo(bgNbd.logLikelihood() - 2457 * Math.log(7), within(1e-3));

        CustomerSummary inWeeks = CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS);
        Duration horizon = Duration.ofDays(273);
        assertThat(d.expectedTransactions(inWeeks, horizon))
                .isCloseTo(w.expectedTransactions(inWeeks, horizon), within(1e-5));
        assertThat(d.probabilityAlive(inWeeks)).isCloseTo(w.probabilityAlive(inWeeks), within(1e-6));
    }
}
