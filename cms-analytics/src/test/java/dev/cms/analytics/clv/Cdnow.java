package dev.cms.analytics.clv;

import dev.cms.core.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CDNOW 1/10 sample in test resources (see {@code cdnow/SOURCE.md}): 2,357 customers, calibration to 1997-09-30. */
final class Cdnow {
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final Currency USD = Currency.getInstance("USD");
    private static final String DIR = "/dev/cms/analytics/cdnow/";

    private Cdnow() {
    }

    /** Every row of CDNOW_sample.txt, keyed by the sample customer id, amounts in USD. */
    static List<Transaction<Integer>> transactions() {
        List<Transaction<Integer>> rows = new ArrayList<>();
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        for (String line : lines("CDNOW_sample.txt")) {
            String[] f = line.trim().split("\\s+");
            rows.add(new Transaction<>(Integer.parseInt(f[1]), LocalDate.parse(f[2], yyyymmdd),
                    new Money(new BigDecimal(f[4]), USD)));
        }
        return rows;
    }

    /** The summaries derived from the transactions, in weeks. */
    static CustomerSummaries<Integer> derivedSummaries() {
        return CustomerSummaries.fromTransactions(transactions(), CALIBRATION_END, ChronoUnit.WEEKS);
    }

    /** cdnow_customers_summary.csv as published: x, t_x, T in weeks to 2 decimals, no spend. */
    static CustomerSummaries<Integer> publishedSummaries() {
        Map<Integer, CustomerSummary> map = new LinkedHashMap<>();
        List<String> lines = lines("cdnow_customers_summary.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            map.put(Integer.parseInt(f[0]), CustomerSummary.of(Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), ChronoUnit.WEEKS));
        }
        return CustomerSummaries.of(ChronoUnit.WEEKS, map);
    }

    /** cdnow_customers_summary_with_transactions.csv as published: x, t_x, T and the mean repeat spend zbar. */
    static CustomerSummaries<Integer> publishedSummariesWithSpend() {
        Map<Integer, CustomerSummary> map = new LinkedHashMap<>();
        List<String> lines = lines("cdnow_customers_summary_with_transactions.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split(",");
            map.put(Integer.parseInt(f[0]), CustomerSummary.withMeanSpend(Integer.parseInt(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), ChronoUnit.WEEKS,
                    new Money(new BigDecimal(f[4]), USD)));
        }
        return CustomerSummaries.of(ChronoUnit.WEEKS, map);
    }

    private static List<String> lines(String name) {
        try (InputStream in = Cdnow.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + name);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
