package dev.cms.core.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.cms.core.ValidationException;
import java.util.Locale;
import java.util.Objects;

/**
 * A valid telephone number in E.164 form ({@code +4930901820}), parsed and checked with Google's libphonenumber.
 *
 * @param e164 the number in E.164 form
 */
public record Phone(String e164) {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /**
     * Checks that {@code e164} is a valid number already in E.164 form.
     *
     * @param e164 the number in E.164 form
     * @throws ValidationException if it is not
     */
    public Phone {
        Objects.requireNonNull(e164, "e164");
        Phonenumber.PhoneNumber parsed = parseValid(e164, "ZZ", e164);
        String canonical = UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
        if (!canonical.equals(e164)) {
            throw ValidationException.of("phone", e164, "must be in E.164 form, such as " + canonical);
        }
    }

    /**
     * Parses a number as a person would type it.
     *
     * @param text          the number, in international form ({@code +49 30 901820}) or national form for
     *                      {@code defaultRegion} ({@code 030 901820})
     * @param defaultRegion ISO 3166 alpha-2 region for national numbers, or {@code "ZZ"} to require international form
     * @return the number in E.164 form
     * @throws ValidationException if the text is not a valid number
     */
    public static Phone parse(String text, String defaultRegion) {
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        Phonenumber.PhoneNumber parsed = parseValid(text, defaultRegion.toUpperCase(Locale.ROOT), text);
        return new Phone(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /**
     * {@return the ISO 3166 region the number belongs to, such as {@code "DE"}, or {@code "001"} for non-geographic}
     */
    public String region() {
        return UTIL.getRegionCodeForNumber(parseValid(e164, "ZZ", e164));
    }

    /** {@return the number in international format for display, such as {@code +49 30 901820}} */
    public String international() {
        return UTIL.format(parseValid(e164, "ZZ", e164), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    }

    private static Phonenumber.PhoneNumber parseValid(String text, String region, String shown) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("phone", text, "is required");
        }
        if (text.length() > 64) {
            throw ValidationException.of("phone", shown, "must be at most 64 characters");
        }
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(text, region);
        } catch (NumberParseException e) {
            String hint = "ZZ".equals(region) ? " (no default region: use the international form, +country code)" : "";
            throw ValidationException.of("phone", shown, "is not a phone number: " + e.getErrorType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + hint);
        }
        if (!UTIL.isValidNumber(number)) {
            throw ValidationException.of("phone", shown, "is not a valid number for its region");
        }
        return number;
    }

    @Override
    public String toString() {
        return e164;
    }
}
