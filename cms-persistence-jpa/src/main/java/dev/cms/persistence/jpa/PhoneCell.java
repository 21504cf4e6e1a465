package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of {@code customer_phone}: the number in E.164 form, its label, whether it is primary. */
@Embeddable
class PhoneCell {
    @Column(name = "e164", nullable = false)
    String e164;
    @Column(name = "label")
    String label;
    @Column(name = "is_primary", nullable = false)
    boolean primary;

    PhoneCell() {
    }

    PhoneCell(String e164, String label, boolean primary) {
        this.e164 = e164;
        this.label = label;
        this.primary = primary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneCell c && e164.equals(c.e164) && Objects.equals(label, c.label) && primary == c.primary;
    }

    @Override
    public int hashCode() {
        return Objects.hash(e164, label, primary);
    }
}
