package dev.cms.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Ranges and coverage of the NPS, CSAT and CES estimates on random answer counts. */
class FeedbackStatisticsProperties {
    @Property
    void nps_liesIn100Range_andItsIntervalHoldsIt(@ForAll @Size(11) List<@LongRange(min = 0, max = 50) Long> counts,
                                                  @ForAll @DoubleRange(min = 0.5, max = 0.99) double level) {
        long[] c = counts.stream().mapToLong(Long::longValue).toArray();
        Statistics.nps(c, level).ifPresentOrElse(nps -> {
            assertThat(nps.score()).isBetween(-100.0, 100.0);
            assertThat(nps.interval().contains(nps.score())).isTrue();
            assertThat(nps.interval().lower()).isGreaterThanOrEqualTo(-100.0);
            assertThat(nps.interval().upper()).isLessThanOrEqualTo(100.0);
        }, () -> assertThat(Statistics.sum(c)).isZero());
    }

    @Property
    void csat_liesIn0To100_andItsWilsonIntervalHoldsIt(@ForAll @Size(6) List<@LongRange(min = 0, max = 50) Long> counts,
                                                       @ForAll @DoubleRange(min = 0.5, max = 0.99) double level) {
        long[] c = counts.stream().mapToLong(Long::longValue).toArray();
        c[0] = 0;
        Statistics.csat(c, level).ifPresent(csat -> {
            assertThat(csat.score()).isBetween(0.0, 100.0);
            assertThat(csat.interval().lower()).isGreaterThanOrEqualTo(0.0);
            assertThat(csat.interval().upper()).isLessThanOrEqualTo(100.0);
            assertThat(csat.interval().contains(csat.score())).isTrue();
        });
    }

    @Property
    void ces_meanLiesIn1To7_andItsIntervalHoldsIt(@ForAll @Size(8) List<@LongRange(min = 0, max = 50) Long> counts,
                                                  @ForAll @DoubleRange(min = 0.5, max = 0.99) double level) {
        long[] c = counts.stream().mapToLong(Long::longValue).toArray();
        c[0] = 0;
        Statistics.ces(c, level).ifPresent(ces -> {
            assertThat(ces.mean()).isBetween(1.0, 7.0);
            ces.interval().ifPresent(i -> assertThat(i.contains(ces.mean())).isTrue());
        });
    }

    @Property
    void aHigherLevelNeverGivesANarrowerInterval(@ForAll @Size(11) List<@LongRange(min = 0, max = 50) Long> counts) {
        long[] c = counts.stream().mapToLong(Long::longValue).toArray();
        Statistics.nps(c, 0.9).ifPresent(low -> {
            NpsResult high = Statistics.nps(c, 0.99).orElseThrow();
            assertThat(high.interval().lower()).isLessThanOrEqualTo(low.interval().lower());
            assertThat(high.interval().upper()).isGreaterThanOrEqualTo(low.interval().upper());
        });
    }
}
