package dev.cms.core.customer;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A postal address. Only the country is required, so partial addresses (a city and country from a web form) can be
 * stored; street lines are kept in order as printed on an envelope.
 *
 * @param label       what it is for, such as {@code "billing"}
 * @param lines       street lines, at most 4
 * @param city        city or locality
 * @param region      state, province or county
 * @param postalCode  postal code as written locally
 * @param countryCode ISO 3166-1 alpha-2 code, upper case
 */
public record Address(Optional<String> label, List<String> lines, Optional<String> city, Optional<String> region,
                      Optional<String> postalCode, String countryCode) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Validates every part and reports all problems at once.
     *
     * @param label       what it is for, such as {@code "billing"}
     * @param lines       street lines, at most 4
     * @param city        city or locality
     * @param region      state, province or county
     * @param postalCode  postal code as written locally
     * @param countryCode ISO 3166-1 alpha-2 code, upper case
     * @throws ValidationException listing each invalid part
     */
    public Address {
        Violations v = new Violations();
        label = v.optionalLine("label", label, 50);
        List<String> checked = new ArrayList<>();
        if (lines == null) {
            v.add("lines", null, "is required (may be empty)");
        } else {
            v.require(lines.size() <= 4, "lines", lines.size(), "must have at most 4 lines");
            for (int i = 0; i < lines.size(); i++) {
                int index = i;
                String line = v.line("lines[" + index + "]", lines.get(index), 200);
                if (line != null) {
                    checked.add(line);
                }
            }
        }
        lines = List.copyOf(checked);
        city = v.optionalLine("city", city, 100);
        region = v.optionalLine("region", region, 100);
        postalCode = v.optionalLine("postalCode", postalCode, 20);
        String country = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
        v.require(country != null && COUNTRIES.contains(country), "countryCode", countryCode,
                "must be an ISO 3166-1 alpha-2 country code such as DE");
        v.throwIfAny();
        countryCode = country;
    }

    /**
     * {@return an address with only a country, to extend with the {@code with} methods}
     *
     * @param countryCode ISO 3166-1 alpha-2 code
     */
    public static Address inCountry(String countryCode) {
        return new Address(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), countryCode);
    }

    /**
     * {@return a typical postal address}
     *
     * @param street street lines
     * @param postalCode postal code
     * @param city city
     * @param countryCode ISO 3166-1 alpha-2 code
     */
    public static Address of(String street, String postalCode, String city, String countryCode) {
        return new Address(Optional.empty(), List.of(street), Optional.of(city), Optional.empty(), Optional.of(postalCode), countryCode);
    }

    /**
     * {@return a copy with the label}
     *
     * @param newLabel label
     */
    public Address withLabel(String newLabel) {
        return new Address(Optional.of(newLabel), lines, city, region, postalCode, countryCode);
    }

    /**
     * {@return a copy with the region}
     *
     * @param newRegion state, province or county
     */
    public Address withRegion(String newRegion) {
        return new Address(label, lines, city, Optional.of(newRegion), postalCode, countryCode);
    }
}
