/**
 * Runnable programs that show the library in use. {@link dev.cms.examples.QuickStart} runs on the in-memory adapter:
 * {@code mvn -B -q install -DskipTests && mvn -B -q -pl cms-examples exec:java}.
 */
package dev.cms.examples;
