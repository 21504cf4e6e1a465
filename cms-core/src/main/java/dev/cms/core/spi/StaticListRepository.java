package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores static lists and their members. Id order is unsigned UUID order. Membership methods are called only for
 * lists that exist and customers that exist (the core checks).
 */
public interface StaticListRepository {
    /**
     * Stores a new list.
     *
     * @param list the list (version 0)
     * @throws ConflictException with {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if the id exists
     */
    void insert(StaticList list);

    /**
     * Replaces a list's name and description with its next version.
     *
     * @param list the next version
     * @throws NotFoundException if it does not exist
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} if the stored version is not
     *                           {@code list.version() - 1}
     */
    void update(StaticList list);

    /**
     * Deletes a list with all its memberships.
     *
     * @param id      the list
     * @param version the version the caller read
     * @throws NotFoundException if it does not exist
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} if the stored version differs
     */
    void delete(StaticListId id, long version);

    /**
     * {@return the list, or empty}
     *
     * @param id a list id
     */
    Optional<StaticList> findById(StaticListId id);

    /**
     * {@return lists with ids greater than {@code after}, ascending by id}
     *
     * @param after the last id of the previous page, or empty for the first
     * @param limit maximum number to return
     */
    List<StaticList> list(Optional<StaticListId> after, int limit);

    /**
     * Adds members; customers already in the list are left as they are.
     *
     * @param list      the list
     * @param customers distinct customer ids
     * @param at        when they were added
     * @return the customers that were not members before, ascending by id
     */
    List<CustomerId> addMembers(StaticListId list, Collection<CustomerId> customers, Instant at);

    /**
     * Removes members; ids that are not members are ignored.
     *
     * @param list      the list
     * @param customers distinct customer ids
     * @return the customers that were members, ascending by id
     */
    List<CustomerId> removeMembers(StaticListId list, Collection<CustomerId> customers);

    /**
     * {@return member ids greater than {@code after}, ascending by id}
     *
     * @param list  the list
     * @param after the last id of the previous page, or empty for the first
     * @param limit maximum number to return
     */
    List<CustomerId> members(StaticListId list, Optional<CustomerId> after, int limit);

    /**
     * {@return whether the customer is a member}
     *
     * @param list     the list
     * @param customer a customer
     */
    boolean contains(StaticListId list, CustomerId customer);

    /**
     * {@return the number of members}
     *
     * @param list the list
     */
    long count(StaticListId list);
}
