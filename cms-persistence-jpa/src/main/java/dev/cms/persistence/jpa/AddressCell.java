package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of {@code customer_address}: up to four street lines (as columns, in order) and the other parts. */
@Embeddable
class AddressCell {
    @Column(name = "label")
    String label;
    @Column(name = "line1")
    String line1;
    @Column(name = "line2")
    String line2;
    @Column(name = "line3")
    String line3;
    @Column(name = "line4")
    String line4;
    @Column(name = "city")
    String city;
    /** The city lower-cased in Java, for segments; derived, so not part of equality. */
    @Column(name = "city_lower")
    String cityLower;
    @Column(name = "region")
    String region;
    @Column(name = "postal_code")
    String postalCode;
    @Column(name = "country_code", nullable = false)
    String countryCode;
    @Column(name = "country_lower", nullable = false)
    String countryLower;

    AddressCell() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressCell c && Objects.equals(label, c.label) && Objects.equals(line1, c.line1)
                && Objects.equals(line2, c.line2) && Objects.equals(line3, c.line3) && Objects.equals(line4, c.line4)
                && Objects.equals(city, c.city) && Objects.equals(region, c.region)
                && Objects.equals(postalCode, c.postalCode) && Objects.equals(countryCode, c.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, line1, line2, line3, line4, city, region, postalCode, countryCode);
    }
}
