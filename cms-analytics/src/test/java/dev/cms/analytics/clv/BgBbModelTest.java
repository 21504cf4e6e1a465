package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cms.core.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;

class BgBbModelTest {
    private static final BgBbModel PUBLISHED = new BgBbModel(1.204, 0.750, 0.657, 2.783);

    /** The donation data of Fader, Hardie &amp; Shang (2010) (test resource, see DONATIONS_SOURCE.md). */
    private static Map<OpportunityHistory, Long> donations() throws IOException {
        Map<OpportunityHistory, Long> counts = new LinkedHashMap<>();
        try (InputStream in = BgBbModelTest.class.getResourceAsStream("/dev/cms/analytics/donations.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                counts.put(new OpportunityHistory(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])),
                        Long.parseLong(f[3]));
            }
        }
        return counts;
    }

    private static void assertPrinted(double actual, String published) {
        BigDecimal expected = new BigDecimal(published);
        assertThat(BigDecimal.valueOf(actual).setScale(expected.scale(), RoundingMode.HALF_UP))
                .as("%s printed as %s", actual, published).isEqualByComparingTo(expected);
    }

    @Test
    void fit_reproducesFaderHardieShang2010() throws IOException {
        Map<OpportunityHistory, Long> data = donations();
        assertThat(data.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(11_104);
        ModelFit<BgBbModel> fit = BgBbModel.fit(data);
        assertPrinted(fit.model().alpha(), "1.204");
        assertPrinted(fit.model().beta(), "0.750");
        assertPrinted(fit.model().gamma(), "0.657");
        assertPrinted(fit.model().delta(), "2.783");
        assertThat(fit.logLikelihood()).isCloseTo(-33_225.6, within(0.1));
        assertThat(fit.customers()).isEqualTo(11_104);
        assertThat(fit.diagnostics().converged()).as(fit.diagnostics().message()).isTrue();
    }

    /** Every possible record over n opportunities: (0, 0) and x = 1..n with t_x = x..n. */
    private static List<OpportunityHistory> allHistories(int n) {
        List<OpportunityHistory> all = new ArrayList<>();
        all.add(new OpportunityHistory(0, 0, n));
        for (int x = 1; x <= n; x++) {
            for (int tx = x; tx <= n; tx++) {
                all.add(new OpportunityHistory(x, tx, n));
            }
        }
        return all;
    }

    /** How many 0/1 sequences of n opportunities have x ones, the last at t_x: C(t_x − 1, x − 1). */
    private static double sequences(OpportunityHistory h) {
        int x = h.frequency();
        int tx = h.recency();
        double c = 1;
        for (int k = 1; k <= x - 1; k++) {
            c = c * (tx - 1 - (x - 1) + k) / k;
        }
        return c;
    }

    /**
     * L is the probability of one 0/1 sequence, so L times the number of sequences per record is a distribution over
     * records, and averaging the conditional predictions over it gives the
     * unconditional ones: E[P(alive at n+1)] = B(γ, δ+n+1)/B(γ, δ), E[X(n, n+n*)] = E[X(n+n*)] − E[X(n)].
     */
    @Test
    void likelihoodAndConditionalPredictions_areConsistentOverAllRecords() {
        int n = 6;
        int future = 5;
        double total = 0;
        double alive = 0;
        double next = 0;
        for (OpportunityHistory h : allHistories(n)) {
            double p = sequences(h) * Math.exp(PUBLISHED.logLikelihood(h));
            total += p;
            alive += p * PUBLISHED.probabilityAlive(h);
            next += p * PUBLISHED.expectedTransactions(h, future);
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
        double survive = Math.exp(Beta.logBeta(0.657, 2.783 + n + 1) - Beta.logBeta(0.657, 2.783));
        assertThat(alive).isCloseTo(survive, within(1e-12));
        assertThat(next).isCloseTo(PUBLISHED.expectedTransactions(n + future) - PUBLISHED.expectedTransactions(n),
                within(1e-12));
    }

    /** E[X(n)] = E[p] Σ_{t=1..n} E[(1−θ)^t] = α/(α+β) Σ B(γ, δ+t)/B(γ, δ), also at γ = 1 where the closed form is 0/0. */
    @Test
    void expectedTransactions_isTheMeanRateTimesTheExpectedAliveOpportunities() {
        for (double gamma : new double[] {0.657, 1.0, 1 + 3e-6, 2.5}) {
            BgBbModel m = new BgBbModel(1.204, 0.750, gamma, 2.783);
            for (int n : new int[] {0, 1, 6, 30}) {
                double sum = 0;
                for (int t = 1; t <= n; t++) {
                    sum += Math.exp(Beta.logBeta(gamma, 2.783 + t) - Beta.logBeta(gamma, 2.783));
                }
                assertThat(m.expectedTransactions(n)).as("gamma %s, n %s", gamma, n)
                        .isCloseTo(1.204 / 1.954 * sum, within(1e-9));
            }
        }
    }

    @Test
    void history_rejectsImpossibleRecords() {
        assertThatThrownBy(() -> new OpportunityHistory(3, 2, 6)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new OpportunityHistory(0, 1, 6)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new OpportunityHistory(7, 7, 6)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> BgBbModel.fit(Map.of())).isInstanceOf(ValidationException.class);
    }
}
