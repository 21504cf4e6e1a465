package dev.cms.analytics.kpi;

import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyType;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes {@link FeedbackReport}. One pass over the population; each customer's answers are read newest first and
 * the reading stops at the first answer before the window. Memory: a count per score, survey and month (11 + 6 + 8
 * longs per month), so the exact scores, spreads and intervals need no list of answers.
 */
final class FeedbackKpi {
    private FeedbackKpi() {
    }

    static FeedbackReport compute(StoreReader store, Population population, Window window, double level, ZoneId zone) {
        Statistics.requireLevel(level);
        YearMonth firstMonth = YearMonth.from(window.firstDay(zone));
        int months = (int) firstMonth.until(YearMonth.from(window.lastDay(zone)), ChronoUnit.MONTHS) + 1;
        long[][][] counts = new long[months + 1][][];
        for (int i = 0; i <= months; i++) {
            counts[i] = new long[][] {new long[11], new long[6], new long[8]};
        }
        long[] customers = {0};
        long[] respondents = {0};
        store.forEachCustomer(population, customer -> {
            customers[0]++;
            boolean[] answered = {false};
            store.answers(customer.id(), response -> {
                SurveyAnswer a = response.answer();
                if (a.answeredAt().isBefore(window.from())) {
                    return false;
                }
                if (window.contains(a.answeredAt())) {
                    answered[0] = true;
                    int month = (int) firstMonth.until(YearMonth.from(a.answeredAt().atZone(zone)), ChronoUnit.MONTHS);
                    int survey = index(a.type());
                    counts[month][survey][a.score()]++;
                    counts[months][survey][a.score()]++;
                }
                return true;
            });
            if (answered[0]) {
                respondents[0]++;
            }
        });
        List<FeedbackMonth> perMonth = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            FeedbackScores scores = scores(counts[i], level);
            if (scores.nps().isPresent() || scores.csat().isPresent() || scores.ces().isPresent()) {
                perMonth.add(new FeedbackMonth(firstMonth.plusMonths(i), scores));
            }
        }
        return new FeedbackReport(window, level, customers[0], respondents[0], scores(counts[months], level), perMonth);
    }

    private static FeedbackScores scores(long[][] counts, double level) {
        return new FeedbackScores(Statistics.nps(counts[index(SurveyType.NPS)], level),
                Statistics.csat(counts[index(SurveyType.CSAT)], level),
                Statistics.ces(counts[index(SurveyType.CES)], level));
    }

    /** Where a survey's counts are: NPS (scores 0..10), CSAT (1..5) and CES (1..7), each array indexed by score. */
    private static int index(SurveyType type) {
        return switch (type) {
            case NPS -> 0;
            case CSAT -> 1;
            case CES -> 2;
        };
    }
}
