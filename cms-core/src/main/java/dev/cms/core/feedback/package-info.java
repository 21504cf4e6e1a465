/**
 * Feedback: NPS (0–10), CSAT (1–5) and CES (1–7) answers, optionally rating a ticket or an interaction, recorded and
 * read through {@link dev.cms.core.feedback.FeedbackService}.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.core.feedback;
