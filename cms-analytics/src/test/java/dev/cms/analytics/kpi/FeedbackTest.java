package dev.cms.analytics.kpi;

import static dev.cms.core.feedback.SurveyType.CES;
import static dev.cms.core.feedback.SurveyType.CSAT;
import static dev.cms.core.feedback.SurveyType.NPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.Rule;
import java.time.YearMonth;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NPS, CSAT and CES over January and February 2026 (UTC), worked out by hand with z = 1.959964 (95%) and the Student
 * quantiles t(2) = 4.302653, t(3) = 3.182446:
 * <pre>
 *   January  NPS 10, 9, 8, 6, 0   -> 2 promoters, 1 passive, 2 detractors: NPS 0;
 *                                    Var = (0.4 + 0.4 − 0²) / 5 = 0.16, half-width 1.959964 · 100 · 0.4 = 78.39856
 *            CSAT 5, 4, 3, 2      -> 2 of 4 satisfied: 50 %; Wilson [15.00390, 84.99610]
 *            CES 7, 5, 6          -> mean 6, s = 1, 6 ± 4.302653 / √3 = [3.51586, 8.48414]
 *   February NPS 10, 10, 9, 7     -> 3 promoters, 1 passive: NPS 75; Var = (0.75 − 0.5625) / 4 = 0.046875,
 *                                    75 ± 42.43446 -> [32.56553, 100] (clipped)
 *            CES 3                -> mean 3, no spread with one answer
 *   overall  NPS 5 P, 2 passives, 2 D of 9: 33.3333; Var = (7/9 − 1/9) / 9, interval [−20.01013, 86.67680]
 *            CES 7, 5, 6, 3: mean 5.25, s = √(8.75 / 3) = 1.707825, interval [2.53247, 7.96753]
 * </pre>
 * Answers in December and March lie outside the window.
 */
class FeedbackTest {
    private static final Offset<Double> HAND = within(1e-5);

    private final KpiFixture store = KpiFixture.utc();
    private Window janFeb;

    @BeforeEach
    void fill() {
        CustomerId ann = store.person("Ann");
        CustomerId ben = store.person("Ben");
        CustomerId cat = store.person("Cat");
        store.person("Dan");                                        // never answers
        store.answer(ann, NPS, 10, "2026-01-03T10:00:00Z");
        store.answer(ann, NPS, 9, "2026-01-04T10:00:00Z");
        store.answer(ben, NPS, 8, "2026-01-05T10:00:00Z");
        store.answer(ben, NPS, 6, "2026-01-06T10:00:00Z");
        store.answer(cat, NPS, 0, "2026-01-31T23:59:59Z");
        store.answer(ann, NPS, 10, "2026-02-01T00:00:00Z");
        store.answer(ben, NPS, 10, "2026-02-11T10:00:00Z");
        store.answer(cat, NPS, 9, "2026-02-12T10:00:00Z");
        store.answer(cat, NPS, 7, "2026-02-28T10:00:00Z");
        store.answer(ann, CSAT, 5, "2026-01-10T10:00:00Z");
        store.answer(ann, CSAT, 4, "2026-01-11T10:00:00Z");
        store.answer(ben, CSAT, 3, "2026-01-12T10:00:00Z");
        store.answer(cat, CSAT, 2, "2026-01-13T10:00:00Z");
        store.answer(ann, CES, 7, "2026-01-14T10:00:00Z");
        store.answer(ben, CES, 5, "2026-01-15T10:00:00Z");
        store.answer(cat, CES, 6, "2026-01-16T10:00:00Z");
        store.answer(cat, CES, 3, "2026-02-16T10:00:00Z");
        store.answer(ann, NPS, 0, "2025-12-31T23:59:59Z");          // before the window
        store.answer(ben, NPS, 0, "2026-03-01T00:00:00Z");          // after it
        janFeb = store.months("2026-01", "2026-02");
    }

    @Test
    void feedback_overTheWindow_givesNpsCsatAndCesWithTheirIntervals() {
        FeedbackReport report = store.analytics.feedback(Population.everyone(), janFeb);

        assertThat(report.customers()).isEqualTo(4);
        assertThat(report.respondents()).isEqualTo(3);
        assertThat(report.confidenceLevel()).isEqualTo(0.95);
        NpsResult nps = report.overall().nps().orElseThrow();
        assertThat(nps.responses()).isEqualTo(9);
        assertThat(nps.promoters()).isEqualTo(5);
        assertThat(nps.passives()).isEqualTo(2);
        assertThat(nps.detractors()).isEqualTo(2);
        assertThat(nps.score()).isCloseTo(33.33333, HAND);
        assertThat(nps.interval().lower()).isCloseTo(-20.01013, HAND);
        assertThat(nps.interval().upper()).isCloseTo(86.67680, HAND);
        CsatResult csat = report.overall().csat().orElseThrow();
        assertThat(csat.responses()).isEqualTo(4);
        assertThat(csat.satisfied()).isEqualTo(2);
        assertThat(csat.score()).isEqualTo(50.0);
        assertThat(csat.interval().lower()).isCloseTo(15.00390, HAND);
        assertThat(csat.interval().upper()).isCloseTo(84.99610, HAND);
        CesResult ces = report.overall().ces().orElseThrow();
        assertThat(ces.responses()).isEqualTo(4);
        assertThat(ces.mean()).isEqualTo(5.25);
        assertThat(ces.standardDeviation()).hasValueSatisfying(s -> assertThat(s).isCloseTo(1.707825, HAND));
        assertThat(ces.interval().orElseThrow().lower()).isCloseTo(2.53247, HAND);
        assertThat(ces.interval().orElseThrow().upper()).isCloseTo(7.96753, HAND);
    }

    @Test
    void feedback_perMonth_splitsTheAnswersByMonth() {
        FeedbackReport report = store.analytics.feedback(Population.everyone(), janFeb);

        assertThat(report.months()).extracting(FeedbackMonth::month).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        FeedbackScores jan = report.months().get(0).scores();
        assertThat(jan.nps().orElseThrow().score()).isEqualTo(0.0);
        assertThat(jan.nps().orElseThrow().interval().upper()).isCloseTo(78.39856, HAND);
        assertThat(jan.nps().orElseThrow().interval().lower()).isCloseTo(-78.39856, HAND);
        assertThat(jan.ces().orElseThrow().mean()).isEqualTo(6.0);
        assertThat(jan.ces().orElseThrow().interval().orElseThrow().lower()).isCloseTo(3.51586, HAND);
        FeedbackScores feb = report.months().get(1).scores();
        assertThat(feb.nps().orElseThrow().score()).isEqualTo(75.0);
        assertThat(feb.nps().orElseThrow().interval().lower()).isCloseTo(32.56553, HAND);
        assertThat(feb.nps().orElseThrow().interval().upper()).isEqualTo(100.0);
        assertThat(feb.csat()).isEmpty();
        assertThat(feb.ces().orElseThrow().responses()).isEqualTo(1);
        assertThat(feb.ces().orElseThrow().standardDeviation()).isEmpty();
        assertThat(feb.ces().orElseThrow().interval()).isEmpty();
    }

    @Test
    void feedback_ofASegment_andAtAnotherLevel() {
        FeedbackReport ann = store.analytics.feedback(Population.matching(Rule.field("givenName").eq("Ann")), janFeb, 0.90);

        // Ann: NPS 10, 9, 10 -> all promoters, NPS 100 with zero variance: the Wald interval is the point.
        NpsResult nps = ann.overall().nps().orElseThrow();
        assertThat(nps.score()).isEqualTo(100.0);
        assertThat(nps.interval()).isEqualTo(new Interval(100, 100));
        assertThat(ann.confidenceLevel()).isEqualTo(0.90);
        assertThat(ann.respondents()).isEqualTo(1);
    }

    @Test
    void csat_whenEveryoneIsSatisfied_hasAnIntervalReachingExactly100() {
        // Ann's CSAT answers are 5 and 4: p = 1, so the Wilson interval's upper bound is 100 (not 99.99999...).
        CsatResult csat = store.analytics.feedback(Population.matching(Rule.field("givenName").eq("Ann")), janFeb)
                .overall().csat().orElseThrow();

        assertThat(csat.score()).isEqualTo(100.0);
        assertThat(csat.interval().upper()).isEqualTo(100.0);
        assertThat(csat.interval().contains(csat.score())).isTrue();
    }

    @Test
    void feedback_refusesALevelOutsideZeroAndOne() {
        assertThatThrownBy(() -> store.analytics.feedback(Population.everyone(), janFeb, 1.0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("confidenceLevel");
    }
}
