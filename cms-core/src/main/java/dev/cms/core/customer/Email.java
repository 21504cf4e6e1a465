package dev.cms.core.customer;

import dev.cms.core.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A syntactically valid e-mail address ({@code local@domain}): dot-atom local part (RFC 5322, without quoted
 * strings or comments), a domain of at least two DNS labels with an alphabetic top-level label. The domain is kept in
 * lower case; the local part is kept as given, since servers may treat it case-sensitively.
 *
 * @param value the normalised address
 */
public record Email(String value) {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]|xn--[a-z0-9-]+");

    /**
     * Validates and normalises the address.
     *
     * @param value the normalised address
     * @throws ValidationException naming the rule the address breaks
     */
    public Email {
        value = normalise(value);
    }

    /**
     * {@return the address}
     *
     * @param text an address such as {@code ada@example.com}; surrounding white space is ignored
     * @throws ValidationException if it is not a valid address
     */
    public static Email of(String text) {
        return new Email(text);
    }

    /** {@return the part after {@code @}, lower case} */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /** {@return the part before {@code @}} */
    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    private static String normalise(String raw) {
        if (raw == null) {
            throw ValidationException.of("email", null, "is required");
        }
        String text = raw.strip();
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1 || text.indexOf('@') != at) {
            throw ValidationException.of("email", raw, "must contain exactly one '@' with text on both sides");
        }
        if (text.length() > 254) {
            throw ValidationException.of("email", raw, "must be at most 254 characters");
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            throw ValidationException.of("email", raw, "has an invalid local part (letters, digits, !#$%&'*+/=?^_`{|}~- and single dots, at most 64)");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            throw ValidationException.of("email", raw, "must have a domain with a dot, such as example.com");
        }
        for (int i = 0; i < labels.length - 1; i++) {
            if (!LABEL.matcher(labels[i]).matches()) {
                throw ValidationException.of("email", raw, "has an invalid domain label '" + labels[i] + "'");
            }
        }
        String top = labels[labels.length - 1];
        if (top.length() < 2 || top.length() > 63 || !TOP_LABEL.matcher(top).matches()) {
            throw ValidationException.of("email", raw, "has an invalid top-level domain '" + top + "'");
        }
        return local + "@" + domain;
    }

    @Override
    public String toString() {
        return value;
    }
}
