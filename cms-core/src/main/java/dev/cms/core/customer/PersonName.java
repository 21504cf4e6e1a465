package dev.cms.core.customer;

import dev.cms.core.internal.Checks;
import dev.cms.core.internal.Violations;
import java.util.Optional;

/**
 * A person's name. The family name is required; people known by a single name store it there.
 *
 * @param givenName  first name(s)
 * @param familyName last name, or the only name
 */
public record PersonName(Optional<String> givenName, String familyName) implements CustomerName {
    /**
     * Checks both parts.
     *
     * @param givenName  first name(s)
     * @param familyName last name, or the only name
     */
    public PersonName {
        Violations v = new Violations();
        givenName = v.optionalLine("givenName", givenName, 100);
        familyName = v.line("familyName", familyName, 100);
        v.throwIfAny();
    }

    /**
     * {@return the name}
     *
     * @param givenName  first name(s)
     * @param familyName last name
     */
    public static PersonName of(String givenName, String familyName) {
        return new PersonName(Optional.of(givenName), familyName);
    }

    @Override
    public String display() {
        return givenName.map(g -> g + " " + familyName).orElse(familyName);
    }

    @Override
    public CustomerKind kind() {
        return CustomerKind.PERSON;
    }
}
