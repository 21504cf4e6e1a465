package dev.cms.core.segment;

import dev.cms.core.ValidationException;
import dev.cms.core.interaction.Channel;
import dev.cms.core.internal.Violations;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A derived number over a customer's related facts, with its parameters: a window (the last N days, weeks or months,
 * counted in calendar dates up to and including today), an interaction channel, a currency. Which parameters a kind
 * takes is on {@link MetricKind}; a parameter the kind does not take, or a missing currency, is refused.
 *
 * @param kind     what is measured
 * @param window   only facts dated from today minus the window to today, both included; empty for all time
 * @param channel  only interactions of this channel
 * @param currency only amounts in this currency
 */
public record Metric(MetricKind kind, Optional<RuleValue.Span> window, Optional<Channel> channel,
                     Optional<Currency> currency) {
    /**
     * Checks the parameters against the kind.
     *
     * @param kind     what is measured
     * @param window   only facts dated from today minus the window to today, both included; empty for all time
     * @param channel  only interactions of this channel
     * @param currency only amounts in this currency
     * @throws ValidationException naming each parameter the kind does not take, or the missing currency
     */
    public Metric {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(currency, "currency");
        Violations v = new Violations();
        v.require(kind.takesWindow() || window.isEmpty(), "window", window.orElse(null),
                "is not a parameter of " + kind.jsonName());
        v.require(kind.takesChannel() || channel.isEmpty(), "channel", channel.orElse(null),
                "is not a parameter of " + kind.jsonName());
        v.require(kind.needsCurrency() == currency.isPresent(), "currency", currency.orElse(null),
                kind.needsCurrency() ? "is required for " + kind.jsonName() : "is not a parameter of " + kind.jsonName());
        v.throwIfAny();
    }

    /**
     * {@return a metric without parameters}
     *
     * @param kind a kind that needs no currency
     */
    public static Metric of(MetricKind kind) {
        return new Metric(kind, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** {@return purchases, all time} */
    public static Metric purchaseCount() {
        return of(MetricKind.PURCHASE_COUNT);
    }

    /**
     * {@return net spend in a currency, all time}
     *
     * @param currency the currency
     */
    public static Metric totalSpend(Currency currency) {
        return new Metric(MetricKind.TOTAL_SPEND, Optional.empty(), Optional.empty(), Optional.of(currency));
    }

    /**
     * {@return interactions, all time and every channel}
     */
    public static Metric interactionCount() {
        return of(MetricKind.INTERACTION_COUNT);
    }

    /**
     * {@return this metric restricted to a window}
     *
     * @param span the last N days, weeks or months
     */
    public Metric within(RuleValue.Span span) {
        return new Metric(kind, Optional.of(span), channel, currency);
    }

    /**
     * {@return this metric restricted to one interaction channel}
     *
     * @param only the channel
     */
    public Metric on(Channel only) {
        return new Metric(kind, window, Optional.of(only), currency);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind.jsonName());
        currency.ifPresent(c -> s.append(" in ").append(c.getCurrencyCode()));
        channel.ifPresent(c -> s.append(" on ").append(c.name().toLowerCase(java.util.Locale.ROOT)));
        window.ifPresent(w -> s.append(" in the last ").append(w));
        return s.toString();
    }
}
