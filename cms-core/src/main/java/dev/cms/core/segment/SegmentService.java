package dev.cms.core.segment;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import java.util.Optional;

/**
 * Saves segments and finds the customers a rule matches. Obtain it from {@code cms.as(principal).segments()}.
 *
 * <p>Every rule is validated against the current {@link #fields() fields} before it runs or is saved
 * ({@link ValidationException} listing each problem with its path). "Today" is the {@code Cms} clock's date in the
 * {@code Cms} zone. Member pages are ordered by customer id; customers the access policy hides are left out, so a
 * page may hold fewer than its size while the cursor still advances. Counts are computed by the store without loading
 * members and need only the right to read customers.
 */
public interface SegmentService {
    /** {@return the fields rules may use now: built-in ones and one per declared custom attribute} */
    FieldRegistry fields();

    /**
     * Checks a rule without running it.
     *
     * @param rule the rule
     * @throws ValidationException listing each problem with its path
     * @throws NotFoundException   if it refers to a list or segment that does not exist
     */
    void validate(Rule rule);

    /**
     * Saves a new segment.
     *
     * @param definition name, description, rule
     * @return the saved segment
     * @throws ValidationException if the rule is not valid or refers to segments in a cycle
     * @throws NotFoundException   if the rule refers to a list or segment that does not exist
     */
    Segment create(SegmentDefinition definition);

    /**
     * Replaces a segment's definition.
     *
     * @param id              the segment
     * @param expectedVersion the version the caller read
     * @param definition      the new definition
     * @return the saved segment
     * @throws ValidationException if the rule is not valid or would make segments refer to each other in a cycle
     * @throws NotFoundException   if the segment, or a list or segment its rule refers to, does not exist
     * @throws ConflictException   if the version is stale
     */
    Segment update(SegmentId id, long expectedVersion, SegmentDefinition definition);

    /**
     * Deletes a segment that no other segment refers to.
     *
     * @param id              the segment
     * @param expectedVersion the version the caller read
     * @throws NotFoundException   if it does not exist
     * @throws ConflictException   if the version is stale
     * @throws ValidationException if another segment's rule refers to it
     */
    void delete(SegmentId id, long expectedVersion);

    /**
     * {@return the segment, or empty}
     *
     * @param id a segment id
     */
    Optional<Segment> find(SegmentId id);

    /**
     * {@return saved segments ordered by id}
     *
     * @param page which page
     */
    Page<Segment> list(PageRequest page);

    /**
     * {@return the customers matching the rule now, ordered by id}
     *
     * @param rule a rule
     * @param page which page
     * @throws ValidationException   if the rule is not valid
     * @throws NotFoundException     if it refers to a list or segment that does not exist
     * @throws AccessDeniedException if the principal may not read customers
     */
    Page<Customer> members(Rule rule, PageRequest page);

    /**
     * {@return the customers matching the saved segment now, ordered by id}
     *
     * @param segment a saved segment
     * @param page    which page
     * @throws NotFoundException if the segment does not exist
     */
    Page<Customer> members(SegmentId segment, PageRequest page);

    /**
     * {@return how many customers match the rule now, counting customers the access policy hides from member pages
     * (a count needs only the right to read customers in general)}
     *
     * @param rule a rule
     */
    long count(Rule rule);

    /**
     * {@return how many customers match the saved segment now}
     *
     * @param segment a saved segment
     * @throws NotFoundException if the segment does not exist
     */
    long count(SegmentId segment);

    /**
     * {@return whether one customer matches the rule now}
     *
     * @param customer a customer
     * @param rule     a rule
     * @throws NotFoundException if the customer does not exist
     */
    boolean matches(CustomerId customer, Rule rule);

    /**
     * {@return which parts of the rule the customer matches now, leaf by leaf, with the values the customer has}
     *
     * @param customer a customer
     * @param rule     a rule
     * @throws NotFoundException if the customer does not exist
     */
    Explanation explain(CustomerId customer, Rule rule);
}
