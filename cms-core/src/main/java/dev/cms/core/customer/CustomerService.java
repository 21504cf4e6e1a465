package dev.cms.core.customer;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Creates, reads and changes customers on behalf of one principal. Obtain it with
 * {@code cms.as(principal).customers()}. Every method first asks the {@link dev.cms.core.access.AccessPolicy}
 * ({@link AccessDeniedException} if refused); every write is one transaction and publishes its events after commit.
 */
public interface CustomerService {
    /**
     * {@return a profile builder for a person that reads national phone numbers in the Cms's default region}
     *
     * @param givenName  first name(s)
     * @param familyName last name
     */
    CustomerProfile.Builder person(String givenName, String familyName);

    /**
     * {@return a profile builder for an organization that reads national phone numbers in the Cms's default region}
     *
     * @param name organization name
     */
    CustomerProfile.Builder organization(String name);

    /**
     * Stores a new customer (version 0) and publishes {@link CustomerCreated}.
     *
     * @param profile the profile
     * @return the stored customer
     * @throws ValidationException   if a custom attribute is undeclared, of the wrong type or a required one is
     *                               missing, or the affiliation names no organization
     * @throws ConflictException     if the external id is already used
     * @throws AccessDeniedException if the principal may not write customers
     */
    Customer create(CustomerProfile profile);

    /**
     * {@return the customer}
     *
     * @param id a customer id
     * @throws NotFoundException if there is none
     */
    Customer get(CustomerId id);

    /**
     * {@return the customer, or empty}
     *
     * @param id a customer id
     */
    Optional<Customer> find(CustomerId id);

    /**
     * The customer 360 view: profile, latest interactions, open deals with weighted values, open tasks, open tickets
     * with SLA state, purchase summary and latest NPS/CSAT, read with one store query per section.
     *
     * @param id a customer id
     * @return the view, as of now
     * @throws NotFoundException if there is no such customer
     */
    CustomerView view(CustomerId id);

    /**
     * {@return the customer that carries it, or empty}
     *
     * @param externalId id in another system
     */
    Optional<Customer> findByExternalId(ExternalId externalId);

    /**
     * {@return the customers that list it (case-insensitive), ordered by id}
     *
     * @param email an address
     */
    List<Customer> findByEmail(Email email);

    /**
     * Replaces a customer's profile and publishes {@link CustomerUpdated}. A profile equal to the stored one changes
     * nothing: the stored customer is returned as it is, with the same version, and no event is published.
     *
     * @param id              the customer
     * @param expectedVersion the version the caller read
     * @param profile         the new profile
     * @return the updated customer, version {@code expectedVersion + 1} (or unchanged, see above)
     * @throws NotFoundException   if the customer does not exist
     * @throws ConflictException   if the stored version is not {@code expectedVersion}, or the external id is taken
     * @throws ValidationException as for {@link #create}, or if the profile would turn a person into an organization
     *                             or the reverse
     */
    Customer update(CustomerId id, long expectedVersion, CustomerProfile profile);

    /**
     * Changes a customer starting from a copy the caller holds:
     * {@code customers.update(ada, p -> p.tag("vip"))}.
     *
     * @param current the customer as read; its version is the expected version
     * @param change  edits to apply to a builder of its profile
     * @return the updated customer
     * @throws ConflictException if {@code current} is stale
     */
    Customer update(Customer current, UnaryOperator<CustomerProfile.Builder> change);

    /**
     * Creates the customer if no customer carries the profile's external id, else replaces that customer's profile:
     * repeating an import is harmless.
     *
     * @param profile a profile with an external id
     * @return the created or updated customer
     * @throws ValidationException if the profile has no external id
     */
    Customer upsertByExternalId(CustomerProfile profile);

    /**
     * {@return customers ordered by id}
     *
     * @param page which page
     */
    Page<Customer> list(PageRequest page);

    /** {@return how many customers are stored} */
    long count();

    /**
     * Declares a custom attribute, or changes the label, required flag or options of one already declared. Its type
     * cannot change once declared.
     *
     * @param definition the declaration
     * @return the declaration in force
     * @throws ValidationException if it changes the type of an existing attribute
     */
    AttributeDefinition defineAttribute(AttributeDefinition definition);

    /** {@return every declared custom attribute, ordered by key} */
    List<AttributeDefinition> attributeDefinitions();
}
