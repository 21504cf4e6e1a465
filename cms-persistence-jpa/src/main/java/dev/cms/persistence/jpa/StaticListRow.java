package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Table {@code static_list}; its members are {@link StaticListMemberRow}s. */
@Entity(name = "StaticListRow")
@Table(name = "static_list")
class StaticListRow {
    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "description", length = 2000)
    String description;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "version", nullable = false, updatable = false)
    long version;

    StaticListRow() {
    }
}
