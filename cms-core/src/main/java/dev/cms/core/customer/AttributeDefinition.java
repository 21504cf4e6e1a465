package dev.cms.core.customer;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;
import dev.cms.core.internal.Violations;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Declares a custom attribute customers may carry: its key, label, type, whether every customer must have it, the
 * options of an enumeration and the currency of a money attribute. Values are checked against it on every write.
 *
 * @param key      identifier used in profiles and rules: lower-case letters, digits and underscores, 1 to 64
 * @param label    human-readable name
 * @param type     value type
 * @param required whether every customer must have a value
 * @param options  allowed values of an {@link AttributeType#ENUMERATION}; empty for other types
 * @param currency required currency of a {@link AttributeType#MONEY} attribute; empty accepts any currency
 */
public record AttributeDefinition(String key, String label, AttributeType type, boolean required, List<String> options,
                                  Optional<Currency> currency) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * Checks the declaration.
     *
     * @param key      identifier used in profiles and rules: lower-case letters, digits and underscores, 1 to 64
     * @param label    human-readable name
     * @param type     value type
     * @param required whether every customer must have a value
     * @param options  allowed values of an {@link AttributeType#ENUMERATION}; empty for other types
     * @param currency required currency of a {@link AttributeType#MONEY} attribute; empty accepts any currency
     * @throws ValidationException listing every problem
     */
    public AttributeDefinition {
        Violations v = new Violations();
        v.require(key != null && KEY.matcher(key).matches(), "key", key,
                "must be lower-case letters, digits and underscores starting with a letter (at most 64)");
        label = v.line("label", label, 100);
        v.require(type != null, "type", null, "is required");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(currency, "currency");
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            int index = i;
            String option = v.line("options[" + index + "]", options.get(index), 100);
            if (option != null) {
                checked.add(option);
            }
        }
        v.require(new LinkedHashSet<>(checked).size() == checked.size(), "options", options, "must not repeat an option");
        if (type == AttributeType.ENUMERATION) {
            v.require(!options.isEmpty(), "options", options, "an enumeration needs at least one option");
        } else {
            v.require(options.isEmpty(), "options", options, "only enumerations have options");
        }
        v.require(currency.isEmpty() || type == AttributeType.MONEY, "currency", currency.orElse(null),
                "only money attributes have a currency");
        v.throwIfAny();
        options = List.copyOf(checked);
    }

    /**
     * {@return an optional attribute of that type}
     *
     * @param key   attribute key
     * @param label display name
     * @param type  value type (not {@link AttributeType#ENUMERATION}; use {@link #enumeration})
     */
    public static AttributeDefinition of(String key, String label, AttributeType type) {
        return new AttributeDefinition(key, label, type, false, List.of(), Optional.empty());
    }

    /**
     * {@return an optional enumeration attribute}
     *
     * @param key     attribute key
     * @param label   display name
     * @param options allowed values
     */
    public static AttributeDefinition enumeration(String key, String label, String... options) {
        return new AttributeDefinition(key, label, AttributeType.ENUMERATION, false, List.of(options), Optional.empty());
    }

    /** {@return the same definition, with a value required on every customer} */
    public AttributeDefinition asRequired() {
        return new AttributeDefinition(key, label, type, true, options, currency);
    }

    /**
     * {@return the same money definition, restricted to that currency}
     *
     * @param code ISO 4217 code values must use
     */
    public AttributeDefinition inCurrency(String code) {
        return new AttributeDefinition(key, label, type, required, options, Optional.of(dev.cms.core.money.Money.currency(code)));
    }

    /**
     * {@return why it does not fit this definition, or empty if it does}
     *
     * @param value a candidate value
     */
    public Optional<String> problemWith(AttributeValue value) {
        if (value.type() != type) {
            return Optional.of("must be of type " + type + " but was " + value.type());
        }
        if (value instanceof AttributeValue.Choice choice && !options.contains(choice.value())) {
            return Optional.of("must be one of " + options);
        }
        if (value instanceof AttributeValue.MoneyValue money && currency.isPresent()
                && !currency.get().equals(money.value().currency())) {
            return Optional.of("must be in " + currency.get().getCurrencyCode());
        }
        return Optional.empty();
    }
}
