package dev.cms.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link CdnowAnalysis#main} on the test-resource copy of {@code CDNOW_sample.txt} (see {@code cdnow/SOURCE.md})
 * and checks what it prints against the published results: Fader, Hardie &amp; Lee (2005) for BG/NBD (r 0.243,
 * α 4.414, a 0.793, b 2.426, LL −9582.4) and Pareto/NBD (r 0.553, α 10.578, s 0.606, β 11.669, LL −9595.0), Fader
 * &amp; Hardie (2013) for Gamma-Gamma (p 6.25, q 3.74, γ 15.44), each estimate rounded to the printed digits; the
 * file's row and customer counts from its source note; and the holdout's actual counts recounted here from the file.
 */
class CdnowAnalysisTest {
    private static Path data;
    private static List<String> lines;

    @BeforeAll
    static void run() throws URISyntaxException {
        data = Path.of(CdnowAnalysisTest.class.getResource("cdnow/CDNOW_sample.txt").toURI());
        lines = ProgramOutput.of(CdnowAnalysis::main, data.toString()).lines().toList();
    }

    /** The values of a printed model line, by name; fails unless exactly one line has the prefix. */
    private static Map<String, String> parameters(String prefix) {
        List<String> matching = lines.stream().filter(l -> l.startsWith(prefix + " ")).toList();
        assertThat(matching).as("lines starting with %s in:%n%s", prefix, String.join("\n", lines)).hasSize(1);
        Map<String, String> values = new HashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(\\S+)").matcher(matching.get(0));
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return values;
    }

    /** Printed to six significant digits, and equal to the published value at the published precision. */
    private static void assertPublished(Map<String, String> printed, String name, String published) {
        String value = printed.get(name);
        assertThat(value).as(name).isNotNull();
        assertThat(new BigDecimal(value).precision()).as("significant digits of %s=%s", name, value).isEqualTo(6);
        BigDecimal expected = new BigDecimal(published);
        assertThat(new BigDecimal(value).setScale(expected.scale(), RoundingMode.HALF_UP))
                .as("%s=%s printed as %s", name, value, published).isEqualByComparingTo(expected);
    }

    @Test
    void importsEveryRowAndCustomerOfTheFile() {
        assertThat(lines).contains("Imported 2357 customers and 6919 purchases",
                "Calibration to 1997-09-30: 2357 customers, 946 repeat buyers");
    }

    @Test
    void bgNbdLine_reproducesFaderHardieLee2005() {
        Map<String, String> p = parameters("BG/NBD");
        assertThat(p.keySet()).containsExactlyInAnyOrder("r", "alpha", "a", "b", "ll");
        assertPublished(p, "r", "0.243");
        assertPublished(p, "alpha", "4.414");
        assertPublished(p, "a", "0.793");
        assertPublished(p, "b", "2.426");
        assertThat(Double.parseDouble(p.get("ll"))).isCloseTo(-9582.4, within(0.1));
    }

    @Test
    void paretoNbdLine_reproducesFaderHardieLee2005() {
        Map<String, String> p = parameters("Pareto/NBD");
        assertThat(p.keySet()).containsExactlyInAnyOrder("r", "alpha", "s", "beta", "ll");
        assertPublished(p, "r", "0.553");
        assertPublished(p, "alpha", "10.578");
        assertPublished(p, "s", "0.606");
        assertPublished(p, "beta", "11.669");
        assertThat(Double.parseDouble(p.get("ll"))).isCloseTo(-9595.0, within(0.1));
    }

    @Test
    void gammaGammaLine_reproducesFaderHardie2013() {
        Map<String, String> p = parameters("Gamma-Gamma");
        assertThat(p.keySet()).containsExactlyInAnyOrder("p", "q", "v", "ll");
        assertPublished(p, "p", "6.25");
        assertPublished(p, "q", "3.74");
        assertPublished(p, "v", "15.44");
        assertThat(Double.parseDouble(p.get("ll"))).isNegative();
    }

    @Test
    void topTenByClv_areTenCustomersInFallingOrder() {
        List<String> top = ProgramOutput.linesAfter(String.join("\n", lines),
                "Top 10 customers by 52-week discounted CLV (BG/NBD + Gamma-Gamma, 10% a year, weekly steps)", 11);
        assertThat(top.get(0)).startsWith("  customer");
        double previous = Double.MAX_VALUE;
        for (String row : top.subList(1, 11)) {
            String[] f = row.trim().split("\\s+");
            assertThat(f).hasSize(8);
            assertThat(f[0]).matches("\\d{4}");
            double clv = Double.parseDouble(f[7]);
            assertThat(clv).isPositive().isLessThanOrEqualTo(previous);
            previous = clv;
        }
    }

    /** Repeat days after 1997-09-30 through 1998-06-30, counted here from the file; week 39 holds the published 2,457. */
    @Test
    void holdoutTable_showsTheActualCountsOfTheFile() throws IOException {
        Map<String, Set<LocalDate>> days = new HashMap<>();
        for (String row : Files.readAllLines(data, StandardCharsets.US_ASCII)) {
            if (!row.isBlank()) {
                String[] f = row.trim().split("\\s+");
                days.computeIfAbsent(f[1], k -> new TreeSet<>()).add(LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE));
            }
        }
        LocalDate end = LocalDate.of(1997, 9, 30);
        long holdout = days.values().stream().mapToLong(d -> d.stream().filter(day -> day.isAfter(end)).count()).sum();

        String out = String.join("\n", lines);
        List<String> buckets = ProgramOutput.linesAfter(out,
                "  calibration x  customers  actual/customer  predicted/customer", 9);
        assertThat(buckets.get(7).trim()).startsWith("7+");
        assertThat(buckets.get(8).trim().split("\\s+")).startsWith("total", Long.toString(holdout));
        List<String> weeks = ProgramOutput.linesAfter(out, "  week  last day    actual  predicted", 78);
        assertThat(weeks.get(38).trim().split("\\s+")).startsWith("39", "1997-09-30", "2457");
        assertThat(weeks.get(77).trim().split("\\s+")).startsWith("78", "1998-06-30", Long.toString(2457 + holdout));
    }
}
