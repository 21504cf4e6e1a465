package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HoldoutValidationTest {
    private static final BgNbdModel MODEL = new BgNbdModel(0.5, 3, 0.8, 2.5, ChronoUnit.WEEKS);
    private static final LocalDate CALIBRATION_END = LocalDate.of(2024, 1, 15);
    private static final LocalDate HOLDOUT_END = LocalDate.of(2024, 1, 29);

    private static Transaction<String> row(String customer, String date) {
        return new Transaction<>(customer, LocalDate.parse(date), Money.of("10.00", "EUR"));
    }

    private static final List<Transaction<String>> ROWS = List.of(
            row("ann", "2024-01-01"), row("ann", "2024-01-01"), row("ann", "2024-01-08"), row("ann", "2024-01-15"),
            row("ann", "2024-01-16"), row("ann", "2024-01-20"), row("ann", "2024-01-20"),   // holdout: 2 days
            row("ann", "2024-03-01"),                                                       // after the holdout
            row("bob", "2024-01-10"), row("bob", "2024-01-29"),                             // holdout end: inside
            row("cat", "2024-01-20"),                                                       // acquired in the holdout
            row("dan", "2024-01-14"));

    private static double expected(int days) {
        return MODEL.expectedTransactions(Duration.ofDays(days));
    }

    /**
     * By hand: the cohort is ann (x = 2, t_x = T = 14 days), bob (x = 0, T = 5 days) and dan (x = 0, T = 1 day); cat
     * first buys in the holdout. In the 14-day holdout ann buys on 2 days, bob on 1 (the holdout's last day).
     */
    @Test
    void smallCohort_bucketsCountHoldoutDaysAndSumConditionalExpectations() {
        List<CustomerSummaries<String>> fittedOn = new ArrayList<>();
        HoldoutReport report = HoldoutValidation.validate(ROWS, CALIBRATION_END, HOLDOUT_END, data -> {
            fittedOn.add(data);
            return MODEL;
        }, 1);

        assertThat(fittedOn).hasSize(1);
        assertThat(fittedOn.get(0).asMap().keySet()).containsExactlyInAnyOrder("ann", "bob", "dan");
        assertThat(fittedOn.get(0).unit()).isEqualTo(ChronoUnit.WEEKS);
        Duration holdout = Duration.ofDays(14);
        double bob = MODEL.expectedTransactions(CustomerSummary.of(0, 0, 5 / 7.0, ChronoUnit.WEEKS), holdout);
        double dan = MODEL.expectedTransactions(CustomerSummary.of(0, 0, 1 / 7.0, ChronoUnit.WEEKS), holdout);
        double ann = MODEL.expectedTransactions(CustomerSummary.of(2, 2, 2, ChronoUnit.WEEKS), holdout);

        assertThat(report.byFrequency()).hasSize(2);
        HoldoutReport.FrequencyBucket none = report.byFrequency().get(0);
        assertThat(none.label()).isEqualTo("0");
        assertThat(none.customers()).isEqualTo(2);
        assertThat(none.actualTransactions()).isEqualTo(1);
        assertThat(none.predictedTransactions()).isCloseTo(bob + dan, within(1e-12));
        assertThat(none.actualMean()).isEqualTo(0.5);
        HoldoutReport.FrequencyBucket some = report.byFrequency().get(1);
        assertThat(some.label()).isEqualTo("1+");
        assertThat(some.customers()).isEqualTo(1);
        assertThat(some.actualTransactions()).isEqualTo(2);
        assertThat(some.predictedTransactions()).isCloseTo(ann, within(1e-12));
        assertThat(report.actualHoldoutTransactions()).isEqualTo(3);
        assertThat(report.predictedHoldoutTransactions()).isCloseTo(ann + bob + dan, within(1e-12));
    }

    /**
     * Weeks from ann's first day, 2024-01-01: they end on 01-07, 01-14, 01-21, 01-28 and (cut short) 01-29. Repeat
     * days: ann 01-08, 01-15, 01-16, 01-20; bob 01-29. The prediction sums E[X] over the days each customer has been
     * acquired by the week's end: ann from 01-01, bob from 01-10, dan from 01-14.
     */
    @Test
    void smallCohort_trackingIsCumulativeByWeek() {
        HoldoutReport report = HoldoutValidation.validate(ROWS, CALIBRATION_END, HOLDOUT_END, data -> MODEL);

        assertThat(report.weekly()).extracting(HoldoutReport.TrackingWeek::lastDay).containsExactly(
                LocalDate.of(2024, 1, 7), LocalDate.of(2024, 1, 14), LocalDate.of(2024, 1, 21),
                LocalDate.of(2024, 1, 28), LocalDate.of(2024, 1, 29));
        assertThat(report.weekly()).extracting(HoldoutReport.TrackingWeek::actual).containsExactly(0L, 1L, 4L, 4L, 5L);
        double[] predicted = {
                expected(6),
                expected(13) + expected(4),
                expected(20) + expected(11) + expected(7),
                expected(27) + expected(18) + expected(14),
                expected(28) + expected(19) + expected(15)};
        for (int k = 0; k < 5; k++) {
            assertThat(report.weekly().get(k).week()).isEqualTo(k + 1);
            assertThat(report.weekly().get(k).predicted()).as("week %d", k + 1).isCloseTo(predicted[k], within(1e-12));
        }
        assertThat(report.byFrequency()).hasSize(8);
        assertThat(report.byFrequency().get(7).label()).isEqualTo("7+");
    }

    /**
     * CDNOW, BG/NBD fitted on 1997-01-01..1997-09-30, holdout to 1998-06-30 (39 weeks): the actual counts equal those
     * counted here straight from the file (distinct days per customer), the calibration weeks reach the published
     * Σx = 2,457 at week 39 and the series has 78 weeks. The predictions agree within 1% with the conditional
     * expectations of the published estimates (r 0.243, α 4.414, a 0.793, b 2.426) over the published summary file,
     * and, as in FHL 2005 figure 4, the expected holdout purchases per customer rise with the calibration frequency.
     */
    @Test
    void cdnow_actualCountsMatchTheFile_andPredictionsMatchThePublishedModel() {
        LocalDate holdoutEnd = LocalDate.of(1998, 6, 30);
        List<Transaction<Integer>> rows = Cdnow.transactions();
        HoldoutReport report = HoldoutValidation.validate(rows, Cdnow.CALIBRATION_END, holdoutEnd,
                data -> BgNbdModel.fit(data).model());

        Map<Integer, Set<LocalDate>> days = new HashMap<>();
        rows.forEach(t -> days.computeIfAbsent(t.customer(), k -> new TreeSet<>()).add(t.date()));
        long[] customers = new long[8];
        long[] holdout = new long[8];
        for (Set<LocalDate> own : days.values()) {
            long calibration = own.stream().filter(d -> !d.isAfter(Cdnow.CALIBRATION_END)).count();
            int bucket = (int) Math.min(calibration - 1, 7);
            customers[bucket]++;
            holdout[bucket] += own.stream().filter(d -> d.isAfter(Cdnow.CALIBRATION_END)).count();
        }
        long totalHoldout = 0;
        for (int x = 0; x < 8; x++) {
            assertThat(report.byFrequency().get(x).customers()).as("customers with x = %d", x).isEqualTo(customers[x]);
            assertThat(report.byFrequency().get(x).actualTransactions()).as("holdout of x = %d", x)
                    .isEqualTo(holdout[x]);
            totalHoldout += holdout[x];
        }
        assertThat(report.weekly()).hasSize(78);
        assertThat(report.weekly().get(38).lastDay()).isEqualTo(Cdnow.CALIBRATION_END);
        assertThat(report.weekly().get(38).actual()).isEqualTo(2457);
        assertThat(report.weekly().get(77).lastDay()).isEqualTo(holdoutEnd);
        assertThat(report.weekly().get(77).actual()).isEqualTo(2457 + totalHoldout);
        BgNbdModel published = new BgNbdModel(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);
        Duration horizon = ChronoUnit.WEEKS.getDuration().multipliedBy(39);
        double[] expected = new double[8];
        for (CustomerSummary c : Cdnow.publishedSummaries().summaries()) {
            expected[Math.min(c.frequency(), 7)] += published.expectedTransactions(c, horizon);
        }
        for (int x = 0; x < 8; x++) {
            assertThat(report.byFrequency().get(x).predictedTransactions()).as("predicted for x = %d", x)
                    .isCloseTo(expected[x], within(0.01 * expected[x]));
            if (x > 1) {
                assertThat(report.byFrequency().get(x).predictedMean())
                        .isGreaterThan(report.byFrequency().get(x - 1).predictedMean());
            }
        }
        for (int k = 1; k < 78; k++) {
            assertThat(report.weekly().get(k).actual()).isGreaterThanOrEqualTo(report.weekly().get(k - 1).actual());
            assertThat(report.weekly().get(k).predicted()).isGreaterThan(report.weekly().get(k - 1).predicted());
        }
    }

    @Test
    void rejects_aHoldoutThatDoesNotFollowTheCalibration_andAnEmptyCohort() {
        assertThatThrownBy(() -> HoldoutValidation.validate(ROWS, CALIBRATION_END, CALIBRATION_END, data -> MODEL))
                .isInstanceOf(ValidationException.class).hasMessageContaining("holdoutEnd");
        assertThatThrownBy(() -> HoldoutValidation.validate(ROWS, LocalDate.of(2023, 12, 31), HOLDOUT_END,
                data -> MODEL)).isInstanceOf(ValidationException.class).hasMessageContaining("at least one customer");
        assertThatThrownBy(() -> HoldoutValidation.validate(ROWS, CALIBRATION_END, HOLDOUT_END, data -> MODEL, -1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lastBucket");
    }
}
