package dev.cms.core.segment;

import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.CustomerKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The closed list of fields a rule may compare: the built-in customer fields below plus one
 * {@code attribute.<key>} field per declared custom attribute. Build one with {@link #of(Collection)}; the segment
 * service does so from the store's attribute declarations.
 *
 * <table>
 *   <caption>Built-in fields</caption>
 *   <tr><th>name</th><th>type</th><th>holds</th></tr>
 *   <tr><td>kind</td><td>text: person, organization</td><td>the kind of customer</td></tr>
 *   <tr><td>name</td><td>text</td><td>the display name (a person's given and family name, or the organization's)</td></tr>
 *   <tr><td>givenName, familyName</td><td>text</td><td>a person's names; unset for organizations</td></tr>
 *   <tr><td>email</td><td>text, several</td><td>every e-mail address</td></tr>
 *   <tr><td>emailDomain</td><td>text, several</td><td>the part after {@code @} of every address</td></tr>
 *   <tr><td>phone</td><td>text, several</td><td>every phone number in E.164 form ({@code +4930...})</td></tr>
 *   <tr><td>country</td><td>text, several</td><td>the ISO country code of every postal address</td></tr>
 *   <tr><td>city</td><td>text, several</td><td>the city of every postal address that has one</td></tr>
 *   <tr><td>lifecycleStage</td><td>text</td><td>the stage key, such as {@code lead}</td></tr>
 *   <tr><td>owner</td><td>text</td><td>the owning user's id</td></tr>
 *   <tr><td>leadSource</td><td>text</td><td>where the customer came from</td></tr>
 *   <tr><td>preferredChannel</td><td>text: email, sms, phone, post</td><td>how the customer likes to be contacted</td></tr>
 *   <tr><td>tags</td><td>tags</td><td>the customer's tags</td></tr>
 *   <tr><td>createdAt, updatedAt</td><td>timestamp</td><td>when the customer was created, last changed</td></tr>
 *   <tr><td>birthDate</td><td>date</td><td>date of birth</td></tr>
 *   <tr><td>birthday</td><td>anniversary</td><td>the yearly return of the birth date; 29 February falls on
 *       28 February in other years</td></tr>
 *   <tr><td>consent.email, consent.sms, consent.phone, consent.post</td><td>text: granted, denied, unknown</td>
 *       <td>the consent state per channel; always set ({@code unknown} when never recorded)</td></tr>
 *   <tr><td>leadScore</td><td>number</td><td>the latest lead score; unset until scored</td></tr>
 * </table>
 *
 * <p>A custom attribute becomes a field of the matching type: text, number, boolean, date and money attributes
 * become {@link ValueType#TEXT}, {@link ValueType#NUMBER}, {@link ValueType#BOOLEAN}, {@link ValueType#DATE},
 * {@link ValueType#MONEY}; enumeration attributes become text with their options as the allowed values.
 */
public final class FieldRegistry {
    /** Prefix of custom attribute fields. */
    public static final String ATTRIBUTE_PREFIX = "attribute.";
    /** Prefix of consent fields, followed by the channel in lower case. */
    public static final String CONSENT_PREFIX = "consent.";

    private static final List<FieldDefinition> BUILT_IN = builtIn();

    private final Map<String, FieldDefinition> fields;

    private FieldRegistry(Map<String, FieldDefinition> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /**
     * {@return the built-in fields plus one per attribute declaration}
     *
     * @param attributes the declared custom attributes
     */
    public static FieldRegistry of(Collection<AttributeDefinition> attributes) {
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        BUILT_IN.forEach(f -> fields.put(f.name(), f));
        for (AttributeDefinition a : attributes) {
            String name = ATTRIBUTE_PREFIX + a.key();
            String description = "custom attribute: " + a.label();
            FieldDefinition field = a.type() == AttributeType.ENUMERATION
                    ? new FieldDefinition(name, ValueType.TEXT, false, Optional.of(a.options().stream()
                            .map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new))), description)
                    : FieldDefinition.single(name, typeOf(a.type()), description);
            fields.put(name, field);
        }
        return new FieldRegistry(fields);
    }

    /** {@return the built-in fields only} */
    public static FieldRegistry builtInOnly() {
        return of(List.of());
    }

    /**
     * {@return the field with this name, or empty}
     *
     * @param name a field name
     */
    public Optional<FieldDefinition> find(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** {@return every field, built-in ones first} */
    public Collection<FieldDefinition> fields() {
        return fields.values();
    }

    /**
     * {@return the rule type of a custom attribute type}
     *
     * @param type an attribute type
     */
    public static ValueType typeOf(AttributeType type) {
        return switch (type) {
            case TEXT, ENUMERATION -> ValueType.TEXT;
            case NUMBER -> ValueType.NUMBER;
            case BOOLEAN -> ValueType.BOOLEAN;
            case DATE -> ValueType.DATE;
            case MONEY -> ValueType.MONEY;
        };
    }

    private static List<FieldDefinition> builtIn() {
        List<FieldDefinition> list = new java.util.ArrayList<>(List.of(
                FieldDefinition.closed("kind", lowerNames(CustomerKind.values()), "person or organization"),
                FieldDefinition.single("name", ValueType.TEXT, "display name"),
                FieldDefinition.single("givenName", ValueType.TEXT, "a person's given name"),
                FieldDefinition.single("familyName", ValueType.TEXT, "a person's family name"),
                FieldDefinition.multi("email", ValueType.TEXT, "every e-mail address"),
                FieldDefinition.multi("emailDomain", ValueType.TEXT, "the domain of every e-mail address"),
                FieldDefinition.multi("phone", ValueType.TEXT, "every phone number, E.164"),
                FieldDefinition.multi("country", ValueType.TEXT, "the country code of every postal address"),
                FieldDefinition.multi("city", ValueType.TEXT, "the city of every postal address"),
                FieldDefinition.single("lifecycleStage", ValueType.TEXT, "lifecycle stage key"),
                FieldDefinition.single("owner", ValueType.TEXT, "owning user id"),
                FieldDefinition.single("leadSource", ValueType.TEXT, "where the customer came from"),
                FieldDefinition.closed("preferredChannel", lowerNames(ContactChannel.values()), "preferred contact channel"),
                FieldDefinition.single("tags", ValueType.TAGS, "tags"),
                FieldDefinition.single("createdAt", ValueType.TIMESTAMP, "when the customer was created"),
                FieldDefinition.single("updatedAt", ValueType.TIMESTAMP, "when the customer last changed"),
                FieldDefinition.single("birthDate", ValueType.DATE, "date of birth"),
                FieldDefinition.single("birthday", ValueType.ANNIVERSARY, "yearly return of the birth date"),
                FieldDefinition.single("leadScore", ValueType.NUMBER, "latest lead score")));
        for (ContactChannel channel : ContactChannel.values()) {
            list.add(FieldDefinition.closed(CONSENT_PREFIX + channel.name().toLowerCase(Locale.ROOT),
                    lowerNames(ConsentState.values()), "consent for " + channel.name().toLowerCase(Locale.ROOT)));
        }
        return List.copyOf(list);
    }

    private static Set<String> lowerNames(Enum<?>[] values) {
        return Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
