package dev.cms.benchmarks.clv;

import dev.cms.analytics.clv.BgNbdModel;
import dev.cms.analytics.clv.CustomerSummaries;
import dev.cms.analytics.clv.GammaGammaModel;
import dev.cms.analytics.clv.ModelFit;
import dev.cms.analytics.clv.ParetoNbdModel;
import dev.cms.analytics.clv.Transaction;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Maximum-likelihood fits on CDNOW, from the calibration summaries (derived once, in weeks) to the fitted model with
 * standard errors and diagnostics: what the Python library lifetimes does in {@code BetaGeoFitter.fit} (0.076 s on
 * these machines), {@code GammaGammaFitter.fit} (0.038 s) and {@code ParetoNBDFitter.fit} (0.48 s). Sampled times, so
 * that JMH reports the median (p0.50) as well as the mean.
 *
 * <p>Run: {@code java -jar cms-benchmarks/target/cms-benchmarks.jar CdnowFitBenchmark} after
 * {@code mvn -B -q package -pl cms-benchmarks -am -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CdnowFitBenchmark {
    private static final String DATA = "/dev/cms/benchmarks/clv/CDNOW_sample.txt";
    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    private CustomerSummaries<Integer> summaries;

    /** Creates the state; JMH calls {@link #load()} before measuring. */
    public CdnowFitBenchmark() {
    }

    /** Reads CDNOW_sample.txt and derives the calibration summaries, in weeks. */
    @Setup
    public void load() {
        summaries = CustomerSummaries.fromTransactions(transactions(), CALIBRATION_END, ChronoUnit.WEEKS);
        if (summaries.size() != 2357) {
            throw new IllegalStateException("CDNOW has 2,357 customers, not " + summaries.size());
        }
    }

    /**
     * BG/NBD alone (lifetimes: 0.076 s).
     *
     * @return the fit, for JMH to consume
     */
    @Benchmark
    public ModelFit<BgNbdModel> bgNbd() {
        return BgNbdModel.fit(summaries);
    }

    /**
     * Gamma-Gamma alone, on the 946 repeat buyers (lifetimes: 0.038 s).
     *
     * @return the fit, for JMH to consume
     */
    @Benchmark
    public ModelFit<GammaGammaModel> gammaGamma() {
        return GammaGammaModel.fit(summaries);
    }

    /**
     * BG/NBD and Gamma-Gamma, what a CLV needs (lifetimes: 0.076 s + 0.038 s).
     *
     * @return the Gamma-Gamma fit, for JMH to consume (the BG/NBD's log-likelihood is folded into it)
     */
    @Benchmark
    public double bgNbdAndGammaGamma() {
        return BgNbdModel.fit(summaries).logLikelihood() + GammaGammaModel.fit(summaries).logLikelihood();
    }

    /**
     * Pareto/NBD (lifetimes: 0.48 s).
     *
     * @return the fit, for JMH to consume
     */
    @Benchmark
    public ModelFit<ParetoNbdModel> paretoNbd() {
        return ParetoNbdModel.fit(summaries);
    }

    private static List<Transaction<Integer>> transactions() {
        Currency usd = Currency.getInstance("USD");
        List<Transaction<Integer>> rows = new ArrayList<>();
        try (InputStream in = CdnowFitBenchmark.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DATA);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                rows.add(new Transaction<>(Integer.parseInt(f[1]), LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE),
                        new Money(new BigDecimal(f[4]), usd)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
