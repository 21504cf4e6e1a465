package dev.cms.core.segment;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One field a rule may compare, as listed by a {@link FieldRegistry}: its name, type, whether a customer may hold
 * several values of it, and, for closed vocabularies, the values it can take.
 *
 * @param name          the name used in rules, such as {@code "country"} or {@code "attribute.plan"}
 * @param type          fixes the operators and the kind of value
 * @param multiValued   whether a customer may hold several values (one per e-mail address, address, ...)
 * @param allowedValues for closed vocabularies, the values in lower case; a rule comparing with another is refused
 * @param description   what the field holds, for people building rules
 */
public record FieldDefinition(String name, ValueType type, boolean multiValued, Optional<SortedSet<String>> allowedValues,
                              String description) {
    /**
     * Copies the allowed values.
     *
     * @param name          the name used in rules
     * @param type          fixes the operators and the kind of value
     * @param multiValued   whether a customer may hold several values
     * @param allowedValues for closed vocabularies, the values in lower case
     * @param description   what the field holds
     */
    public FieldDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        allowedValues = allowedValues.map(values -> java.util.Collections.unmodifiableSortedSet(new TreeSet<>(values)));
    }

    static FieldDefinition single(String name, ValueType type, String description) {
        return new FieldDefinition(name, type, false, Optional.empty(), description);
    }

    static FieldDefinition multi(String name, ValueType type, String description) {
        return new FieldDefinition(name, type, true, Optional.empty(), description);
    }

    static FieldDefinition closed(String name, Set<String> values, String description) {
        return new FieldDefinition(name, ValueType.TEXT, false, Optional.of(new TreeSet<>(values)), description);
    }

    /** {@return the operators a condition on this field may use} */
    public Set<Operator> operators() {
        return type.operators();
    }

    /** {@return for a custom attribute field, the attribute's key} */
    public Optional<String> attributeKey() {
        return name.startsWith(FieldRegistry.ATTRIBUTE_PREFIX)
                ? Optional.of(name.substring(FieldRegistry.ATTRIBUTE_PREFIX.length()))
                : Optional.empty();
    }
}
