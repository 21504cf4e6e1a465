package dev.cms.analytics.json;

import dev.cms.analytics.kpi.AtRiskCustomer;
import dev.cms.analytics.kpi.AtRiskRule;
import dev.cms.analytics.kpi.CesResult;
import dev.cms.analytics.kpi.Cohort;
import dev.cms.analytics.kpi.CohortReport;
import dev.cms.analytics.kpi.CsatResult;
import dev.cms.analytics.kpi.CurrencyClv;
import dev.cms.analytics.kpi.CurrencySales;
import dev.cms.analytics.kpi.DurationStats;
import dev.cms.analytics.kpi.FeedbackMonth;
import dev.cms.analytics.kpi.FeedbackReport;
import dev.cms.analytics.kpi.FeedbackScores;
import dev.cms.analytics.kpi.ForecastMonth;
import dev.cms.analytics.kpi.HealthComponents;
import dev.cms.analytics.kpi.HealthModel;
import dev.cms.analytics.kpi.HealthReport;
import dev.cms.analytics.kpi.HealthWeights;
import dev.cms.analytics.kpi.HistoricalClvReport;
import dev.cms.analytics.kpi.Interval;
import dev.cms.analytics.kpi.NpsResult;
import dev.cms.analytics.kpi.PeriodRetention;
import dev.cms.analytics.kpi.PeriodUnit;
import dev.cms.analytics.kpi.PipelineFunnel;
import dev.cms.analytics.kpi.RetentionReport;
import dev.cms.analytics.kpi.RfmReport;
import dev.cms.analytics.kpi.RfmScore;
import dev.cms.analytics.kpi.RfmSegment;
import dev.cms.analytics.kpi.RfmSegmentCount;
import dev.cms.analytics.kpi.RiskReason;
import dev.cms.analytics.kpi.SalesCycle;
import dev.cms.analytics.kpi.SalesReport;
import dev.cms.analytics.kpi.SlaCompliance;
import dev.cms.analytics.kpi.StageStep;
import dev.cms.analytics.kpi.TicketReport;
import dev.cms.analytics.kpi.Window;
import java.util.List;

/** Every type of {@code dev.cms.analytics.kpi} with a JSON form: the reports, their parts, and the settings they echo. */
final class ReportTypes {
    static final List<Class<? extends Record>> RECORDS = List.of(
            Window.class, Interval.class,
            HistoricalClvReport.class, CurrencyClv.class,
            RetentionReport.class, PeriodRetention.class,
            CohortReport.class, Cohort.class,
            RfmReport.class, RfmScore.class, RfmSegmentCount.class,
            FeedbackReport.class, FeedbackScores.class, FeedbackMonth.class, NpsResult.class, CsatResult.class, CesResult.class,
            SalesReport.class, PipelineFunnel.class, StageStep.class, SalesCycle.class, CurrencySales.class, ForecastMonth.class,
            TicketReport.class, DurationStats.class, SlaCompliance.class,
            HealthReport.class, HealthModel.class, HealthWeights.class, AtRiskRule.class, AtRiskCustomer.class,
            HealthComponents.class);

    static final List<Class<? extends Enum<?>>> ENUMS = List.of(PeriodUnit.class, RfmSegment.class, RiskReason.class);

    private ReportTypes() {
    }
}
