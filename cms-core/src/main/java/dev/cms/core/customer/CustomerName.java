package dev.cms.core.customer;

/**
 * A customer's name, which also says what kind of customer it is: a {@link PersonName} or an
 * {@link OrganizationName}.
 */
public sealed interface CustomerName permits PersonName, OrganizationName {
    /** {@return the name as shown in lists and timelines} */
    String display();

    /** {@return whether this names a person or an organization} */
    CustomerKind kind();
}
