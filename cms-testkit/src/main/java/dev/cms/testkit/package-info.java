/**
 * The contract test-kit: abstract JUnit 5 and jqwik tests that define what a correct persistence adapter does.
 * An adapter module extends each {@code *Contract} class, {@link dev.cms.testkit.ServiceModelProperties} (random
 * chains of service calls checked against a reference model) and {@link dev.cms.testkit.SegmentModelProperties} (random
 * segmentation rules over random data checked against {@link dev.cms.testkit.ReferenceRuleEvaluator}), in its own test
 * sources and implements
 * {@link dev.cms.testkit.AdapterUnderTest#newPersistence()}; the memory adapter, and later the JPA adapter on H2 and
 * on PostgreSQL, run the very same test bodies. {@code DomainArbitraries} generates valid domain
 * objects for property tests, {@code RuleArbitraries} valid rules and data sets for segmentation.
 */
package dev.cms.testkit;
