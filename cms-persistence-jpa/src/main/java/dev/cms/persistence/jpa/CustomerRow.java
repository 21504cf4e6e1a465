package dev.cms.persistence.jpa;

import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.CustomerKind;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Table {@code customer} and its child tables. Single-valued fields are columns (consents as one state, time and
 * source column per channel); e-mails, phones and addresses are ordered child rows, tags and custom attributes keyed
 * child rows, so every field a segment filters on is an indexed column. Mapped to and from the domain by
 * {@link CustomerMapper}; the version column is written only on insert and by {@link Versions#advance}.
 */
@Entity(name = "CustomerRow")
@Table(name = "customer")
class CustomerRow {
    @Id
    @Column(name = "id")
    UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    CustomerKind kind;

    @Column(name = "given_name")
    String givenName;

    @Column(name = "family_name")
    String familyName;

    @Column(name = "organization_name")
    String organizationName;

    @Column(name = "affiliation_org")
    UUID affiliationOrganization;

    @Column(name = "affiliation_job_title")
    String affiliationJobTitle;

    /** The display name lower-cased in Java ({@code toLowerCase(Locale.ROOT)}), for text conditions of segments. */
    @Column(name = "name_lower", nullable = false)
    String nameLower;

    @Column(name = "given_name_lower")
    String givenNameLower;

    @Column(name = "family_name_lower")
    String familyNameLower;

    @Column(name = "lead_source_lower")
    String leadSourceLower;

    @Column(name = "owner_lower")
    String ownerLower;

    /** The birth date's month × 100 + day, for "birthday within the next N days". */
    @Column(name = "birth_month_day")
    Integer birthMonthDay;

    @Column(name = "lifecycle_stage", nullable = false)
    String lifecycleStage;

    @Column(name = "lead_source")
    String leadSource;

    @Column(name = "owner_id")
    String owner;

    @Column(name = "birth_date")
    LocalDate birthDate;

    @Column(name = "locale_tag")
    String localeTag;

    @Column(name = "time_zone")
    String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    ContactChannel preferredChannel;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "state", column = @Column(name = "consent_email_state", nullable = false)),
        @AttributeOverride(name = "recordedAt", column = @Column(name = "consent_email_at")),
        @AttributeOverride(name = "source", column = @Column(name = "consent_email_source"))})
    ConsentCell emailConsent = new ConsentCell();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "state", column = @Column(name = "consent_sms_state", nullable = false)),
        @AttributeOverride(name = "recordedAt", column = @Column(name = "consent_sms_at")),
        @AttributeOverride(name = "source", column = @Column(name = "consent_sms_source"))})
    ConsentCell smsConsent = new ConsentCell();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "state", column = @Column(name = "consent_phone_state", nullable = false)),
        @AttributeOverride(name = "recordedAt", column = @Column(name = "consent_phone_at")),
        @AttributeOverride(name = "source", column = @Column(name = "consent_phone_source"))})
    ConsentCell phoneConsent = new ConsentCell();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "state", column = @Column(name = "consent_post_state", nullable = false)),
        @AttributeOverride(name = "recordedAt", column = @Column(name = "consent_post_at")),
        @AttributeOverride(name = "source", column = @Column(name = "consent_post_source"))})
    ConsentCell postConsent = new ConsentCell();

    @Column(name = "external_id")
    String externalId;

    /** Rows in {@code customer_email}; the mapper reads a child collection only when its count is not zero. */
    @Column(name = "email_count", nullable = false)
    int emailCount;

    @Column(name = "phone_count", nullable = false)
    int phoneCount;

    @Column(name = "address_count", nullable = false)
    int addressCount;

    @Column(name = "tag_count", nullable = false)
    int tagCount;

    @Column(name = "attribute_count", nullable = false)
    int attributeCount;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "version", nullable = false, updatable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "customer_email", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    List<EmailCell> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    List<PhoneCell> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_address", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    List<AddressCell> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag", nullable = false)
    Set<String> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "customer_attribute", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "attr_key")
    Map<String, AttributeCell> attributes = new HashMap<>();

    CustomerRow() {
    }

    /** {@return the consent columns of the channel} */
    ConsentCell consent(ContactChannel channel) {
        return switch (channel) {
            case EMAIL -> emailConsent;
            case SMS -> smsConsent;
            case PHONE -> phoneConsent;
            case POST -> postConsent;
        };
    }

    /** Sets the consent columns of the channel. */
    void consent(ContactChannel channel, ConsentCell cell) {
        switch (channel) {
            case EMAIL -> emailConsent = cell;
            case SMS -> smsConsent = cell;
            case PHONE -> phoneConsent = cell;
            case POST -> postConsent = cell;
            default -> throw new IllegalArgumentException(channel.name());
        }
    }
}
