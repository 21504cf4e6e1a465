package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Table {@code static_list_member}: one row per list and customer. */
@Entity(name = "StaticListMemberRow")
@Table(name = "static_list_member")
class StaticListMemberRow {
    @EmbeddedId
    Key key;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    StaticListMemberRow() {
    }

    StaticListMemberRow(UUID list, UUID customer, Instant addedAt) {
        this.key = new Key(list, customer);
        this.addedAt = addedAt;
    }

    /** The primary key: list, then customer (so a list's members are one index range in id order). */
    @Embeddable
    static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Column(name = "list_id", nullable = false)
        UUID list;

        @Column(name = "customer_id", nullable = false)
        UUID customer;

        Key() {
        }

        Key(UUID list, UUID customer) {
            this.list = list;
            this.customer = customer;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && list.equals(k.list) && customer.equals(k.customer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(list, customer);
        }
    }
}
