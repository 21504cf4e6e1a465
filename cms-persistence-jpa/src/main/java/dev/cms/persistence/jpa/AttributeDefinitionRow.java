package dev.cms.persistence.jpa;

import dev.cms.core.customer.AttributeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Table {@code attribute_definition}, with the options of an enumeration in {@code attribute_option}. */
@Entity(name = "AttributeDefinitionRow")
@Table(name = "attribute_definition")
class AttributeDefinitionRow {
    @Id
    @Column(name = "attr_key")
    String key;

    @Column(name = "label", nullable = false)
    String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false)
    AttributeType type;

    @Column(name = "required", nullable = false)
    boolean required;

    @Column(name = "currency")
    String currency;

    @ElementCollection
    @CollectionTable(name = "attribute_option", joinColumns = @JoinColumn(name = "attr_key"))
    @OrderColumn(name = "position")
    @Column(name = "option_value", nullable = false)
    List<String> options = new ArrayList<>();

    AttributeDefinitionRow() {
    }
}
