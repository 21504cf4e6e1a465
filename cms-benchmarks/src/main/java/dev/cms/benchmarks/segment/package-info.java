/** Segmentation benchmarks: a rule evaluated by the memory adapter against a hand-written loop. */
package dev.cms.benchmarks.segment;
