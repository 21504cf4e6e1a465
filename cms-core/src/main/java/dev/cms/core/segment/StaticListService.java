package dev.cms.core.segment;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import java.util.Collection;
import java.util.Optional;

/**
 * Keeps static lists: named sets of customers chosen by hand or imported. Obtain it from
 * {@code cms.as(principal).lists()}. Rules refer to a list with {@link Rule#inList}.
 */
public interface StaticListService {
    /**
     * Creates an empty list.
     *
     * @param name        a single line of at most 200 characters
     * @param description free text of at most 2,000 characters
     * @return the new list
     * @throws ValidationException if a text is not valid
     */
    StaticList create(String name, Optional<String> description);

    /**
     * Renames a list or changes its description.
     *
     * @param id              the list
     * @param expectedVersion the version the caller read
     * @param name            the new name
     * @param description     the new description
     * @return the saved list
     * @throws NotFoundException if it does not exist
     * @throws ConflictException if the version is stale
     */
    StaticList rename(StaticListId id, long expectedVersion, String name, Optional<String> description);

    /**
     * Deletes a list and its memberships, unless a saved segment's rule refers to it.
     *
     * @param id              the list
     * @param expectedVersion the version the caller read
     * @throws NotFoundException   if it does not exist
     * @throws ConflictException   if the version is stale
     * @throws ValidationException if a saved segment refers to it
     */
    void delete(StaticListId id, long expectedVersion);

    /**
     * {@return the list, or empty}
     *
     * @param id a list id
     */
    Optional<StaticList> find(StaticListId id);

    /**
     * {@return lists ordered by id}
     *
     * @param page which page
     */
    Page<StaticList> list(PageRequest page);

    /**
     * Adds customers to a list, all or nothing; customers already in it are left as they are. This is also the
     * import path: pass up to {@value #MAX_BATCH} ids per call.
     *
     * @param id        the list
     * @param customers the customers to add
     * @return how many were not members before
     * @throws NotFoundException   if the list does not exist
     * @throws ValidationException naming each id ({@code customers[i]}) that is not a stored customer, or if more than
     *                             {@value #MAX_BATCH} ids are given
     */
    int add(StaticListId id, Collection<CustomerId> customers);

    /**
     * Removes customers from a list; ids that are not members are ignored.
     *
     * @param id        the list
     * @param customers the customers to remove
     * @return how many were members
     * @throws NotFoundException if the list does not exist
     */
    int remove(StaticListId id, Collection<CustomerId> customers);

    /**
     * {@return the list's members ordered by id}
     *
     * @param id   the list
     * @param page which page
     * @throws NotFoundException if the list does not exist
     */
    Page<Customer> members(StaticListId id, PageRequest page);

    /**
     * {@return how many customers are in the list}
     *
     * @param id the list
     * @throws NotFoundException if the list does not exist
     */
    long count(StaticListId id);

    /**
     * {@return whether the customer is in the list}
     *
     * @param id       the list
     * @param customer a customer
     * @throws NotFoundException if the list does not exist
     */
    boolean contains(StaticListId id, CustomerId customer);

    /** Most customer ids one {@link #add} call takes. */
    int MAX_BATCH = 10_000;
}
