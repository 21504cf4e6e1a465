package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A row of {@code customer_email}: the address as given, its lower-case form, domain and lower-case domain (lower-cased in Java) for lookups and segments, label, primary. */
@Embeddable
class EmailCell {
    @Column(name = "email", nullable = false)
    String email;
    @Column(name = "email_lower", nullable = false)
    String emailLower;
    @Column(name = "email_domain", nullable = false)
    String domain;
    @Column(name = "email_domain_lower", nullable = false)
    String domainLower;
    @Column(name = "label")
    String label;
    @Column(name = "is_primary", nullable = false)
    boolean primary;

    EmailCell() {
    }

    EmailCell(String email, String emailLower, String domain, String label, boolean primary) {
        this.email = email;
        this.emailLower = emailLower;
        this.domain = domain;
        this.domainLower = domain.toLowerCase(Locale.ROOT);
        this.label = label;
        this.primary = primary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailCell c && email.equals(c.email) && Objects.equals(label, c.label) && primary == c.primary;
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, label, primary);
    }
}
