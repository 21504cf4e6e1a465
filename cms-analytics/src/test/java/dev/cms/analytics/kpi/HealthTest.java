package dev.cms.analytics.kpi;

import static dev.cms.core.feedback.SurveyType.NPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cms.analytics.clv.BgNbdModel;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.Rule;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketStatus;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Health at the end of the 30-day window 2026-03-01 .. 03-30 (UTC), compared with the 30 days before it,
 * [01-30, 03-01) whose last day is 02-28. Model: equal weights, recency horizon H = 100 days, frequency target K = 4,
 * open-ticket limit L = 2. Rule: low below 40, falling by 20 points, P(alive) below 0.7, list 2.
 * <pre>
 *   Ann  bought 02-10, 02-20, 03-10, 03-20, 03-25, 03-30; NPS 9 on 02-15
 *        now:  R 1 (0 days), F 4/4, N 0.9, T 1                 -> 100 · 3.9 / 4  = 97.5
 *        then: R 1 − 8/100 (02-20 to 02-28), F 2/4, N 0.9, T 1  -> 100 · 3.32 / 4 = 83
 *   Bob  bought 01-31, 02-25; NPS 10 on 02-01 and 2 on 03-15; tickets opened 03-05 and 03-10 still open, one opened
 *        02-10 and resolved 02-12
 *        now:  R 1 − 33/100, F 0, N 0.2, T 1 − 2/2               -> 100 · 0.87 / 4 = 21.75  (low)
 *        then: R 1 − 3/100, F 2/4, N 1.0, T 1                   -> 100 · 3.47 / 4 = 86.75  (fell 65: falling)
 *   Cy   nothing: R 0, F 0, no NPS (left out), T 1              -> 100 · 1 / 3 = 33.33 now and then (low)
 *   Dee  created 03-15, bought 03-16: R 1 − 14/100, F 1/4, T 1   -> 100 · 2.11 / 3 = 70.33; no previous health
 *   Eve  bought 2025-06-01 only: R 0 (302 days > H), F 0, T 1    -> 33.33 (low)
 * </pre>
 * Mean (97.5 + 21.75 + 33.33 + 70.33 + 33.33) / 5 = 256.25 / 5 = 51.25. Bands: 21.75 in [20, 30), two in [30, 40),
 * 70.33 in [70, 80), 97.5 in [90, 100]. At risk: Bob, Cy, Eve; listed: Bob, then Cy (equal to Eve, smaller id).
 * With the CDNOW BG/NBD parameters (r 0.243, α 4.414, a 0.793, b 2.426, weeks), P(alive) at 03-30:
 * Ann x = 5, t_x = T = 48 days -> 1 / (1 + 0.793 / 6.426) = 0.890151; Bob x = 1, t_x = 25, T = 58 days ->
 * 1 / (1 + 0.793 / 2.426 · ((4.414 + 58/7) / (4.414 + 25/7))^1.243) = 0.632155; Eve and Dee x = 0 -> 1; Cy none.
 */
class HealthTest {
    private static final Offset<Double> HAND = within(1e-9);
    private static final HealthModel MODEL = new HealthModel(new HealthWeights(1, 1, 1, 1), 100, 4, 2);
    private static final AtRiskRule RULE = new AtRiskRule(40, 20, 0.7, 2);

    private final KpiFixture store = KpiFixture.utc();
    private CustomerId ann;
    private CustomerId bob;
    private CustomerId cy;
    private Window march;

    @BeforeEach
    void fill() {
        store.at("2026-01-01T00:00:00Z");
        ann = store.person("Ann");
        store.at("2026-01-01T00:00:01Z");
        bob = store.person("Bob");
        store.at("2026-01-01T00:00:02Z");
        cy = store.person("Cy");
        store.at("2026-01-01T00:00:03Z");
        CustomerId eve = store.person("Eve");
        for (String day : List.of("02-10", "02-20", "03-10", "03-20", "03-25", "03-30")) {
            store.buy(ann, "2026-" + day + "T10:00:00Z", "10.00", "EUR");
        }
        store.answer(ann, NPS, 9, "2026-02-15T10:00:00Z");
        store.buy(bob, "2026-01-31T10:00:00Z", "10.00", "EUR");
        store.buy(bob, "2026-02-25T10:00:00Z", "10.00", "EUR");
        store.answer(bob, NPS, 10, "2026-02-01T10:00:00Z");
        store.answer(bob, NPS, 2, "2026-03-15T10:00:00Z");
        store.at("2026-02-10T10:00:00Z");
        Ticket old = store.scope.tickets().open(TicketDetails.of(bob, "old"));
        store.at("2026-02-12T10:00:00Z");
        store.scope.tickets().moveTo(old.id(), old.version(), TicketStatus.RESOLVED);
        store.at("2026-03-05T10:00:00Z");
        store.scope.tickets().open(TicketDetails.of(bob, "new"));
        store.at("2026-03-10T10:00:00Z");
        store.scope.tickets().open(TicketDetails.of(bob, "newer"));
        store.at("2026-03-15T10:00:00Z");
        CustomerId dee = store.person("Dee");
        store.buy(dee, "2026-03-16T10:00:00Z", "10.00", "EUR");
        store.buy(eve, "2025-06-01T10:00:00Z", "10.00", "EUR");
        store.at("2026-06-01T00:00:00Z");
        march = store.days("2026-03-01", "2026-03-30");
    }

    @Test
    void health_isTheWeightedMeanOfItsComponents_andTheRuleListsLowAndFallingCustomers() {
        HealthReport report = store.analytics.health(Population.everyone(), march, MODEL, RULE);

        assertThat(report.customers()).isEqualTo(5);
        assertThat(report.meanHealth().orElseThrow()).isCloseTo(51.25, HAND);
        assertThat(report.distribution()).containsExactly(0L, 0L, 1L, 2L, 0L, 0L, 0L, 1L, 0L, 1L);
        assertThat(report.atRisk()).isEqualTo(3);
        assertThat(report.atRiskCustomers()).extracting(AtRiskCustomer::customer).containsExactly(bob, cy);
        AtRiskCustomer b = report.atRiskCustomers().get(0);
        assertThat(b.health()).isCloseTo(21.75, HAND);
        assertThat(b.previousHealth().orElseThrow()).isCloseTo(86.75, HAND);
        assertThat(b.reasons()).containsExactly(RiskReason.LOW_HEALTH, RiskReason.FALLING_HEALTH);
        assertThat(b.probabilityAlive()).isEmpty();
        assertThat(b.components().recency()).isCloseTo(0.67, HAND);
        assertThat(b.components().frequency()).isZero();
        assertThat(b.components().nps()).hasValueSatisfying(n -> assertThat(n).isCloseTo(0.2, HAND));
        assertThat(b.components().tickets()).isZero();
        AtRiskCustomer c = report.atRiskCustomers().get(1);
        assertThat(c.health()).isCloseTo(100.0 / 3, HAND);
        assertThat(c.components().nps()).isEmpty();
        assertThat(c.reasons()).containsExactly(RiskReason.LOW_HEALTH);
    }

    @Test
    void health_withAFittedModel_flagsALowProbabilityOfBeingAlive() {
        BgNbdModel cdnow = new BgNbdModel(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);

        HealthReport report = store.analytics.health(Population.everyone(), march, MODEL,
                new AtRiskRule(10, 90, 0.7, 10), cdnow);

        // Health never below 10 and no drop of 90: only Bob, with P(alive) 0.632155 < 0.7, is at risk.
        assertThat(report.atRiskCustomers()).singleElement().satisfies(b -> {
            assertThat(b.customer()).isEqualTo(bob);
            assertThat(b.probabilityAlive().orElseThrow()).isCloseTo(0.632155, within(1e-6));
            assertThat(b.reasons()).containsExactly(RiskReason.LOW_PROBABILITY_ALIVE);
        });
    }

    @Test
    void health_ofOneCustomer_andTheAliveProbabilityOfABuyerWhoKeepsBuying() {
        BgNbdModel cdnow = new BgNbdModel(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);

        HealthReport report = store.analytics.health(Population.matching(Rule.field("givenName").eq("Ann")),
                march, MODEL, new AtRiskRule(100, 100, 1, 1), cdnow);

        // Health 97.5 < 100 puts Ann on the list, with her previous 83 and P(alive) 0.890151.
        AtRiskCustomer a = report.atRiskCustomers().get(0);
        assertThat(a.customer()).isEqualTo(ann);
        assertThat(a.health()).isCloseTo(97.5, HAND);
        assertThat(a.previousHealth().orElseThrow()).isCloseTo(83.0, HAND);
        assertThat(a.probabilityAlive().orElseThrow()).isCloseTo(0.890151, within(1e-6));
        assertThat(a.reasons()).containsExactly(RiskReason.LOW_HEALTH, RiskReason.LOW_PROBABILITY_ALIVE);
    }

    @Test
    void aCustomerCreatedDuringTheWindow_hasNoPreviousHealth() {
        HealthReport report = store.analytics.health(Population.matching(Rule.field("givenName").eq("Dee")),
                march, MODEL, new AtRiskRule(100, 1, 0, 5));

        assertThat(report.atRiskCustomers()).singleElement().satisfies(d -> {
            assertThat(d.health()).isCloseTo(211.0 / 3, HAND);
            assertThat(d.previousHealth()).isEmpty();
            assertThat(d.reasons()).containsExactly(RiskReason.LOW_HEALTH);
        });
    }

    @Test
    void anEmptyPopulation_hasNoMean_andNothingAtRisk() {
        HealthReport report = store.analytics.health(Population.matching(Rule.field("givenName").eq("Nobody")),
                march, HealthModel.defaults(), AtRiskRule.defaults());

        assertThat(report.customers()).isZero();
        assertThat(report.meanHealth()).isEmpty();
        assertThat(report.atRiskCustomers()).isEmpty();
        assertThat(report.distribution()).hasSize(10).containsOnly(0L);
    }

    @Test
    void modelAndRule_refuseSenselessSettings() {
        assertThatThrownBy(() -> new HealthWeights(0, 1, 1, -1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("weights.tickets");
        assertThatThrownBy(() -> new HealthWeights(0, 0, 1, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> HealthModel.defaults().withScales(0, 4, 3)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("recencyHorizonDays");
        assertThatThrownBy(() -> new AtRiskRule(40, 0, 0.5, 10)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("fallingBy");
        assertThat(HealthModel.defaults().withWeights(new HealthWeights(1, 0, 0, 0)).weights().recency()).isEqualTo(1);
    }
}
