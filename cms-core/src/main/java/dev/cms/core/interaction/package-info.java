/**
 * The interaction timeline: calls, e-mails, meetings, notes, chats, text and social messages logged against a
 * customer, optionally linked to a deal, ticket or task. {@link dev.cms.core.interaction.InteractionService} logs
 * them and pages through a customer's timeline, newest first.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.core.interaction;
