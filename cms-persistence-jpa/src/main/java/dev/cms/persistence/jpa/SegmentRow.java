package dev.cms.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Table {@code segment}, its rule as a pre-order tree in {@code segment_rule_node} and {@code segment_rule_value}. */
@Entity(name = "SegmentRow")
@Table(name = "segment")
class SegmentRow {
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

    @ElementCollection
    @CollectionTable(name = "segment_rule_node", joinColumns = @JoinColumn(name = "segment_id"))
    @OrderColumn(name = "position")
    List<RuleNodeCell> nodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "segment_rule_value", joinColumns = @JoinColumn(name = "segment_id"))
    @OrderColumn(name = "position")
    List<RuleValueCell> values = new ArrayList<>();

    SegmentRow() {
    }
}
