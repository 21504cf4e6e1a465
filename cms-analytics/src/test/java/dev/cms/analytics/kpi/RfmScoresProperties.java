package dev.cms.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/** The quintile scoring of {@link RfmReport}, checked on random value sets. */
class RfmScoresProperties {
    @Property
    void scores_lieIn1To5_andFollowTheValues(@ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 40) Long> values,
                                             @ForAll boolean smallerIsBetter) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        int[] s = RfmKpi.scores(v, v.length, smallerIsBetter);

        for (int i = 0; i < v.length; i++) {
            assertThat(s[i]).isBetween(1, 5);
            for (int j = 0; j < v.length; j++) {
                if (v[i] == v[j]) {
                    assertThat(s[i]).as("ties share a score").isEqualTo(s[j]);
                } else if ((v[i] < v[j]) != smallerIsBetter) {
                    assertThat(s[i]).as("a worse value never scores higher").isLessThanOrEqualTo(s[j]);
                }
            }
        }
    }

    @Property
    void quintileSizes_differFromAFifthByAtMostTheLargestTieGroup(
            @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 60) Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        int[] s = RfmKpi.scores(v, v.length, false);
        Map<Long, Integer> ties = new HashMap<>();
        for (long x : v) {
            ties.merge(x, 1, Integer::sum);
        }
        int largestTie = ties.values().stream().max(Integer::compare).orElseThrow();
        int[] sizes = new int[6];
        for (int x : s) {
            sizes[x]++;
        }
        for (int k = 1; k <= 5; k++) {
            assertThat(Math.abs(sizes[k] - v.length / 5.0)).as("score %d", k).isLessThanOrEqualTo(largestTie);
        }
    }

    @Property
    void withoutTies_everyQuintileHoldsAFifthRoundedDownOrUp(
            @ForAll @Size(min = 1, max = 300) @UniqueElements List<@LongRange(min = -1000, max = 1000) Long> values,
            @ForAll @IntRange(min = 0, max = 1) int direction) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        int n = v.length;
        int[] s = RfmKpi.scores(v, n, direction == 1);
        int[] sizes = new int[6];
        for (int x : s) {
            sizes[x]++;
        }
        for (int k = 1; k <= 5; k++) {
            assertThat(sizes[k]).as("score %d of %d", k, n).isBetween(n / 5, (n + 4) / 5);
        }
    }
}
