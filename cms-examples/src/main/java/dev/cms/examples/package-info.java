/**
 * Runnable programs that show the library in use, on the in-memory adapter. {@link dev.cms.examples.QuickStart}
 * (customers, interactions, tasks, events) is the default program:
 * {@code mvn -B -q install -DskipTests && mvn -B -q -pl cms-examples exec:java}.
 * {@link dev.cms.examples.SalesAndSupportTour} (lead conversion, a deal through the pipeline, the purchase, ticket
 * routing and SLA in business hours, feedback, the customer 360 view) runs with
 * {@code -Dexec.mainClass=dev.cms.examples.SalesAndSupportTour} added to the second command.
 * {@link dev.cms.examples.CdnowAnalysis} (the CDNOW purchases imported through the API, BG/NBD, Pareto/NBD and
 * Gamma-Gamma fits, the top customers by CLV and the calibration/holdout comparison) takes the path to
 * {@code CDNOW_sample.txt} as its argument.
 */
package dev.cms.examples;
