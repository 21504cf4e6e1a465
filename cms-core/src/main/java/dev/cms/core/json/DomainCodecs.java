package dev.cms.core.json;

import static dev.cms.core.json.Scalars.BOOLEAN;
import static dev.cms.core.json.Scalars.CURRENCY;
import static dev.cms.core.json.Scalars.DECIMAL;
import static dev.cms.core.json.Scalars.DURATION;
import static dev.cms.core.json.Scalars.INSTANT;
import static dev.cms.core.json.Scalars.INT;
import static dev.cms.core.json.Scalars.LOCALE;
import static dev.cms.core.json.Scalars.LOCAL_DATE;
import static dev.cms.core.json.Scalars.LONG;
import static dev.cms.core.json.Scalars.STRING;
import static dev.cms.core.json.Scalars.ZONE_ID;
import static dev.cms.core.json.Scalars.enumeration;
import static dev.cms.core.json.Scalars.text;

import dev.cms.core.ConflictException;
import dev.cms.core.Cursor;
import dev.cms.core.PageRequest;
import dev.cms.core.Violation;
import dev.cms.core.access.AccessRequest;
import dev.cms.core.access.Action;
import dev.cms.core.access.Principal;
import dev.cms.core.access.ResourceType;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.Affiliation;
import dev.cms.core.customer.AttributeDefined;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerName;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.customer.OrganizationName;
import dev.cms.core.customer.PersonName;
import dev.cms.core.customer.Phone;
import dev.cms.core.customer.PhoneContact;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.interaction.InteractionLinks;
import dev.cms.core.interaction.InteractionLogged;
import dev.cms.core.money.Money;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.Priority;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCompleted;
import dev.cms.core.task.TaskCreated;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskLinks;
import dev.cms.core.task.TaskStatus;
import dev.cms.core.task.TaskStatusChanged;
import dev.cms.core.task.TaskUpdated;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The JSON form of the shared value types (ids, money, paging, errors, access) and of the customer, interaction and
 * task packages. The other features have their own holders ({@link CommerceCodecs}, {@link SalesCodecs},
 * {@link SupportCodecs}, {@link FeedbackCodecs}); {@link CodecRegistry} pairs each type with its codec. The shapes
 * are documented on {@link CmsJacksonModule}.
 */
final class DomainCodecs {
    /** What a typed id looks like, for errors. */
    static final String UUID_EXAMPLE = "a UUID such as 0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b";

    static final Codec<CustomerId> CUSTOMER_ID = text(CustomerId.class, CustomerId::toString, CustomerId::parse, UUID_EXAMPLE);
    static final Codec<InteractionId> INTERACTION_ID = text(InteractionId.class, InteractionId::toString, InteractionId::parse, UUID_EXAMPLE);
    static final Codec<TaskId> TASK_ID = text(TaskId.class, TaskId::toString, TaskId::parse, UUID_EXAMPLE);
    static final Codec<OpportunityId> OPPORTUNITY_ID = text(OpportunityId.class, OpportunityId::toString, OpportunityId::parse, UUID_EXAMPLE);
    static final Codec<TicketId> TICKET_ID = text(TicketId.class, TicketId::toString, TicketId::parse, UUID_EXAMPLE);

    static final Codec<UserId> USER_ID = text(UserId.class, UserId::value, UserId::new, "a user id such as alice");
    static final Codec<Email> EMAIL = text(Email.class, Email::value, Email::new, "an e-mail address such as ada@example.com");
    static final Codec<Phone> PHONE = text(Phone.class, Phone::e164, Phone::new, "a phone number in E.164 form such as +4930901820");
    static final Codec<ExternalId> EXTERNAL_ID = text(ExternalId.class, ExternalId::value, ExternalId::new, "an external id such as shop-42");
    static final Codec<LifecycleStage> LIFECYCLE_STAGE = text(LifecycleStage.class, LifecycleStage::key, LifecycleStage::new,
            "a lifecycle stage key such as lead");
    static final Codec<Cursor> CURSOR = text(Cursor.class, Cursor::token, Cursor::new, "a cursor token");

    static final Codec<ConflictException.Reason> CONFLICT_REASON = enumeration(ConflictException.Reason.class);
    static final Codec<Action> ACTION = enumeration(Action.class);
    static final Codec<ResourceType> RESOURCE_TYPE = enumeration(ResourceType.class);
    static final Codec<AttributeType> ATTRIBUTE_TYPE = enumeration(AttributeType.class);
    static final Codec<ConsentState> CONSENT_STATE = enumeration(ConsentState.class);
    static final Codec<ContactChannel> CONTACT_CHANNEL = enumeration(ContactChannel.class);
    static final Codec<CustomerKind> CUSTOMER_KIND = enumeration(CustomerKind.class);
    static final Codec<Channel> CHANNEL = enumeration(Channel.class);
    static final Codec<Direction> DIRECTION = enumeration(Direction.class);
    static final Codec<Priority> PRIORITY = enumeration(Priority.class);
    static final Codec<TaskStatus> TASK_STATUS = enumeration(TaskStatus.class);

    static final ObjectCodec<Money> MONEY = ObjectCodec.define(Money.class, s -> {
        var amount = s.required("amount", DECIMAL, Money::amount);
        var currency = s.required("currency", CURRENCY, Money::currency);
        return v -> new Money(v.get(amount), v.get(currency));
    });

    static final ObjectCodec<Violation> VIOLATION = ObjectCodec.define(Violation.class, s -> {
        var path = s.required("path", STRING, Violation::path);
        var rejectedValue = s.required("rejectedValue", STRING, Violation::rejectedValue);
        var reason = s.required("reason", STRING, Violation::reason);
        return v -> new Violation(v.get(path), v.get(rejectedValue), v.get(reason));
    });

    static final ObjectCodec<PageRequest> PAGE_REQUEST = ObjectCodec.define(PageRequest.class, s -> {
        var after = s.optional("after", CURSOR, PageRequest::after);
        var size = s.required("size", INT, PageRequest::size);
        return v -> new PageRequest(v.get(after), v.get(size));
    });

    // ---------------------------------------------------------------- access

    static final ObjectCodec<Principal> PRINCIPAL = ObjectCodec.define(Principal.class, s -> {
        var userId = s.required("userId", USER_ID, Principal::userId);
        var roles = s.set("roles", STRING, Comparator.naturalOrder(), Principal::roles);
        return v -> new Principal(v.get(userId), v.get(roles));
    });

    static final ObjectCodec<AccessRequest> ACCESS_REQUEST = ObjectCodec.define(AccessRequest.class, s -> {
        var principal = s.required("principal", PRINCIPAL, AccessRequest::principal);
        var action = s.required("action", ACTION, AccessRequest::action);
        var resource = s.required("resource", RESOURCE_TYPE, AccessRequest::resource);
        var customer = s.optional("customer", CUSTOMER_ID, AccessRequest::customer);
        return v -> new AccessRequest(v.get(principal), v.get(action), v.get(resource), v.get(customer));
    });

    // ---------------------------------------------------------------- customer

    static final ObjectCodec<PersonName> PERSON_NAME = ObjectCodec.define(PersonName.class, s -> {
        var givenName = s.optional("givenName", STRING, PersonName::givenName);
        var familyName = s.required("familyName", STRING, PersonName::familyName);
        return v -> new PersonName(v.get(givenName), v.get(familyName));
    });

    static final ObjectCodec<OrganizationName> ORGANIZATION_NAME = ObjectCodec.define(OrganizationName.class, s -> {
        var name = s.required("name", STRING, OrganizationName::name);
        return v -> new OrganizationName(v.get(name));
    });

    static final TaggedUnionCodec<CustomerName> CUSTOMER_NAME = new TaggedUnionCodec<>(CustomerName.class, "kind")
            .variant("person", PERSON_NAME)
            .variant("organization", ORGANIZATION_NAME);

    static final ObjectCodec<EmailContact> EMAIL_CONTACT = ObjectCodec.define(EmailContact.class, s -> {
        var email = s.required("email", EMAIL, EmailContact::email);
        var label = s.optional("label", STRING, EmailContact::label);
        var primary = s.flag("primary", EmailContact::primary);
        return v -> new EmailContact(v.get(email), v.get(label), v.get(primary));
    });

    static final ObjectCodec<PhoneContact> PHONE_CONTACT = ObjectCodec.define(PhoneContact.class, s -> {
        var phone = s.required("phone", PHONE, PhoneContact::phone);
        var label = s.optional("label", STRING, PhoneContact::label);
        var primary = s.flag("primary", PhoneContact::primary);
        return v -> new PhoneContact(v.get(phone), v.get(label), v.get(primary));
    });

    static final ObjectCodec<Address> ADDRESS = ObjectCodec.define(Address.class, s -> {
        var label = s.optional("label", STRING, Address::label);
        var lines = s.list("lines", STRING, Address::lines);
        var city = s.optional("city", STRING, Address::city);
        var region = s.optional("region", STRING, Address::region);
        var postalCode = s.optional("postalCode", STRING, Address::postalCode);
        var countryCode = s.required("countryCode", STRING, Address::countryCode);
        return v -> new Address(v.get(label), v.get(lines), v.get(city), v.get(region), v.get(postalCode), v.get(countryCode));
    });

    static final ObjectCodec<Affiliation> AFFILIATION = ObjectCodec.define(Affiliation.class, s -> {
        var organization = s.required("organization", CUSTOMER_ID, Affiliation::organization);
        var jobTitle = s.optional("jobTitle", STRING, Affiliation::jobTitle);
        return v -> new Affiliation(v.get(organization), v.get(jobTitle));
    });

    static final ObjectCodec<Consent> CONSENT = ObjectCodec.define(Consent.class, s -> {
        var state = s.required("state", CONSENT_STATE, Consent::state);
        var recordedAt = s.optional("recordedAt", INSTANT, Consent::recordedAt);
        var source = s.optional("source", STRING, Consent::source);
        return v -> new Consent(v.get(state), v.get(recordedAt), v.get(source));
    });

    static final ObjectCodec<AttributeDefinition> ATTRIBUTE_DEFINITION = ObjectCodec.define(AttributeDefinition.class, s -> {
        var key = s.required("key", STRING, AttributeDefinition::key);
        var label = s.required("label", STRING, AttributeDefinition::label);
        var type = s.required("type", ATTRIBUTE_TYPE, AttributeDefinition::type);
        var required = s.flag("required", AttributeDefinition::required);
        var options = s.list("options", STRING, AttributeDefinition::options);
        var currency = s.optional("currency", CURRENCY, AttributeDefinition::currency);
        return v -> new AttributeDefinition(v.get(key), v.get(label), v.get(type), v.get(required), v.get(options), v.get(currency));
    });

    static final TaggedUnionCodec<AttributeValue> ATTRIBUTE_VALUE = new TaggedUnionCodec<>(AttributeValue.class, "type")
            .variant(tag(AttributeType.TEXT), single(AttributeValue.Text.class, STRING, AttributeValue.Text::value, AttributeValue.Text::new))
            .variant(tag(AttributeType.NUMBER), single(AttributeValue.Number.class, DECIMAL, AttributeValue.Number::value, AttributeValue.Number::new))
            .variant(tag(AttributeType.BOOLEAN), single(AttributeValue.Bool.class, BOOLEAN, AttributeValue.Bool::value, AttributeValue.Bool::new))
            .variant(tag(AttributeType.DATE), single(AttributeValue.Date.class, LOCAL_DATE, AttributeValue.Date::value, AttributeValue.Date::new))
            .variant(tag(AttributeType.MONEY), single(AttributeValue.MoneyValue.class, MONEY, AttributeValue.MoneyValue::value, AttributeValue.MoneyValue::new))
            .variant(tag(AttributeType.ENUMERATION), single(AttributeValue.Choice.class, STRING, AttributeValue.Choice::value, AttributeValue.Choice::new));

    static final ObjectCodec<CustomerProfile> CUSTOMER_PROFILE = ObjectCodec.define(CustomerProfile.class, s -> {
        var name = s.required("name", CUSTOMER_NAME, CustomerProfile::name);
        var emails = s.list("emails", EMAIL_CONTACT, CustomerProfile::emails);
        var phones = s.list("phones", PHONE_CONTACT, CustomerProfile::phones);
        var addresses = s.list("addresses", ADDRESS, CustomerProfile::addresses);
        var affiliation = s.optional("affiliation", AFFILIATION, CustomerProfile::affiliation);
        var lifecycleStage = s.required("lifecycleStage", LIFECYCLE_STAGE, CustomerProfile::lifecycleStage);
        var leadSource = s.optional("leadSource", STRING, CustomerProfile::leadSource);
        var owner = s.optional("owner", USER_ID, CustomerProfile::owner);
        var tags = s.set("tags", STRING, Comparator.naturalOrder(), CustomerProfile::tags);
        var birthDate = s.optional("birthDate", LOCAL_DATE, CustomerProfile::birthDate);
        var locale = s.optional("locale", LOCALE, CustomerProfile::locale);
        var timeZone = s.optional("timeZone", ZONE_ID, CustomerProfile::timeZone);
        var preferredChannel = s.optional("preferredChannel", CONTACT_CHANNEL, CustomerProfile::preferredChannel);
        var consents = s.map("consents", ContactChannel::name, ContactChannel::valueOf, CONSENT, CustomerProfile::consents);
        var externalId = s.optional("externalId", EXTERNAL_ID, CustomerProfile::externalId);
        var attributes = s.map("attributes", Function.identity(), Function.identity(), ATTRIBUTE_VALUE, CustomerProfile::attributes);
        return v -> new CustomerProfile(v.get(name), v.get(emails), v.get(phones), v.get(addresses), v.get(affiliation),
                v.get(lifecycleStage), v.get(leadSource), v.get(owner), v.get(tags), v.get(birthDate), v.get(locale),
                v.get(timeZone), v.get(preferredChannel), v.get(consents), v.get(externalId), v.get(attributes));
    });

    static final ObjectCodec<Customer> CUSTOMER = ObjectCodec.define(Customer.class, s -> {
        var id = s.required("id", CUSTOMER_ID, Customer::id);
        var profile = s.required("profile", CUSTOMER_PROFILE, Customer::profile);
        var createdAt = s.required("createdAt", INSTANT, Customer::createdAt);
        var updatedAt = s.required("updatedAt", INSTANT, Customer::updatedAt);
        var version = s.required("version", LONG, Customer::version);
        return v -> new Customer(v.get(id), v.get(profile), v.get(createdAt), v.get(updatedAt), v.get(version));
    });

    static final ObjectCodec<CustomerCreated> CUSTOMER_CREATED = ObjectCodec.define(CustomerCreated.class, s -> {
        var customer = s.required("customer", CUSTOMER, CustomerCreated::customer);
        var actor = s.required("actor", USER_ID, CustomerCreated::actor);
        var occurredAt = s.required("occurredAt", INSTANT, CustomerCreated::occurredAt);
        return v -> new CustomerCreated(v.get(customer), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<CustomerUpdated> CUSTOMER_UPDATED = ObjectCodec.define(CustomerUpdated.class, s -> {
        var before = s.required("before", CUSTOMER, CustomerUpdated::before);
        var after = s.required("after", CUSTOMER, CustomerUpdated::after);
        var actor = s.required("actor", USER_ID, CustomerUpdated::actor);
        var occurredAt = s.required("occurredAt", INSTANT, CustomerUpdated::occurredAt);
        return v -> new CustomerUpdated(v.get(before), v.get(after), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<AttributeDefined> ATTRIBUTE_DEFINED = ObjectCodec.define(AttributeDefined.class, s -> {
        var definition = s.required("definition", ATTRIBUTE_DEFINITION, AttributeDefined::definition);
        var actor = s.required("actor", USER_ID, AttributeDefined::actor);
        var occurredAt = s.required("occurredAt", INSTANT, AttributeDefined::occurredAt);
        return v -> new AttributeDefined(v.get(definition), v.get(actor), v.get(occurredAt));
    });

    // ---------------------------------------------------------------- interaction

    static final ObjectCodec<InteractionLinks> INTERACTION_LINKS = ObjectCodec.define(InteractionLinks.class, s -> {
        var opportunity = s.optional("opportunity", OPPORTUNITY_ID, InteractionLinks::opportunity);
        var ticket = s.optional("ticket", TICKET_ID, InteractionLinks::ticket);
        var task = s.optional("task", TASK_ID, InteractionLinks::task);
        return v -> new InteractionLinks(v.get(opportunity), v.get(ticket), v.get(task));
    });

    static final ObjectCodec<InteractionDetails> INTERACTION_DETAILS = ObjectCodec.define(InteractionDetails.class, s -> {
        var channel = s.required("channel", CHANNEL, InteractionDetails::channel);
        var direction = s.required("direction", DIRECTION, InteractionDetails::direction);
        var occurredAt = s.required("occurredAt", INSTANT, InteractionDetails::occurredAt);
        var subject = s.optional("subject", STRING, InteractionDetails::subject);
        var body = s.optional("body", STRING, InteractionDetails::body);
        var duration = s.optional("duration", DURATION, InteractionDetails::duration);
        var outcome = s.optional("outcome", STRING, InteractionDetails::outcome);
        var links = s.defaulted("links", INTERACTION_LINKS, InteractionDetails::links, InteractionLinks.none());
        return v -> new InteractionDetails(v.get(channel), v.get(direction), v.get(occurredAt), v.get(subject), v.get(body),
                v.get(duration), v.get(outcome), v.get(links));
    });

    static final ObjectCodec<Interaction> INTERACTION = ObjectCodec.define(Interaction.class, s -> {
        var id = s.required("id", INTERACTION_ID, Interaction::id);
        var customer = s.required("customer", CUSTOMER_ID, Interaction::customer);
        var details = s.required("details", INTERACTION_DETAILS, Interaction::details);
        var loggedBy = s.required("loggedBy", USER_ID, Interaction::loggedBy);
        var loggedAt = s.required("loggedAt", INSTANT, Interaction::loggedAt);
        return v -> new Interaction(v.get(id), v.get(customer), v.get(details), v.get(loggedBy), v.get(loggedAt));
    });

    static final ObjectCodec<InteractionLogged> INTERACTION_LOGGED = ObjectCodec.define(InteractionLogged.class, s -> {
        var interaction = s.required("interaction", INTERACTION, InteractionLogged::interaction);
        var actor = s.required("actor", USER_ID, InteractionLogged::actor);
        var occurredAt = s.required("occurredAt", INSTANT, InteractionLogged::occurredAt);
        return v -> new InteractionLogged(v.get(interaction), v.get(actor), v.get(occurredAt));
    });

    // ---------------------------------------------------------------- task

    static final ObjectCodec<TaskLinks> TASK_LINKS = ObjectCodec.define(TaskLinks.class, s -> {
        var customer = s.optional("customer", CUSTOMER_ID, TaskLinks::customer);
        var opportunity = s.optional("opportunity", OPPORTUNITY_ID, TaskLinks::opportunity);
        var ticket = s.optional("ticket", TICKET_ID, TaskLinks::ticket);
        return v -> new TaskLinks(v.get(customer), v.get(opportunity), v.get(ticket));
    });

    static final ObjectCodec<TaskDetails> TASK_DETAILS = ObjectCodec.define(TaskDetails.class, s -> {
        var title = s.required("title", STRING, TaskDetails::title);
        var description = s.optional("description", STRING, TaskDetails::description);
        var due = s.optional("due", INSTANT, TaskDetails::due);
        var priority = s.required("priority", PRIORITY, TaskDetails::priority);
        var assignee = s.optional("assignee", USER_ID, TaskDetails::assignee);
        var links = s.defaulted("links", TASK_LINKS, TaskDetails::links, TaskLinks.none());
        var remindAt = s.optional("remindAt", INSTANT, TaskDetails::remindAt);
        return v -> new TaskDetails(v.get(title), v.get(description), v.get(due), v.get(priority), v.get(assignee),
                v.get(links), v.get(remindAt));
    });

    static final ObjectCodec<Task> TASK = ObjectCodec.define(Task.class, s -> {
        var id = s.required("id", TASK_ID, Task::id);
        var details = s.required("details", TASK_DETAILS, Task::details);
        var status = s.required("status", TASK_STATUS, Task::status);
        var createdAt = s.required("createdAt", INSTANT, Task::createdAt);
        var updatedAt = s.required("updatedAt", INSTANT, Task::updatedAt);
        var completedAt = s.optional("completedAt", INSTANT, Task::completedAt);
        var version = s.required("version", LONG, Task::version);
        return v -> new Task(v.get(id), v.get(details), v.get(status), v.get(createdAt), v.get(updatedAt),
                v.get(completedAt), v.get(version));
    });

    static final ObjectCodec<TaskCreated> TASK_CREATED = ObjectCodec.define(TaskCreated.class, s -> {
        var task = s.required("task", TASK, TaskCreated::task);
        var actor = s.required("actor", USER_ID, TaskCreated::actor);
        var occurredAt = s.required("occurredAt", INSTANT, TaskCreated::occurredAt);
        return v -> new TaskCreated(v.get(task), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<TaskCompleted> TASK_COMPLETED = ObjectCodec.define(TaskCompleted.class, s -> {
        var task = s.required("task", TASK, TaskCompleted::task);
        var actor = s.required("actor", USER_ID, TaskCompleted::actor);
        var occurredAt = s.required("occurredAt", INSTANT, TaskCompleted::occurredAt);
        return v -> new TaskCompleted(v.get(task), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<TaskStatusChanged> TASK_STATUS_CHANGED = ObjectCodec.define(TaskStatusChanged.class, s -> {
        var task = s.required("task", TASK, TaskStatusChanged::task);
        var from = s.required("from", TASK_STATUS, TaskStatusChanged::from);
        var to = s.required("to", TASK_STATUS, TaskStatusChanged::to);
        var actor = s.required("actor", USER_ID, TaskStatusChanged::actor);
        var occurredAt = s.required("occurredAt", INSTANT, TaskStatusChanged::occurredAt);
        return v -> new TaskStatusChanged(v.get(task), v.get(from), v.get(to), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<TaskUpdated> TASK_UPDATED = ObjectCodec.define(TaskUpdated.class, s -> {
        var before = s.required("before", TASK, TaskUpdated::before);
        var after = s.required("after", TASK, TaskUpdated::after);
        var actor = s.required("actor", USER_ID, TaskUpdated::actor);
        var occurredAt = s.required("occurredAt", INSTANT, TaskUpdated::occurredAt);
        return v -> new TaskUpdated(v.get(before), v.get(after), v.get(actor), v.get(occurredAt));
    });

    private DomainCodecs() {
    }

    private static String tag(AttributeType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static <S, V> ObjectCodec<S> single(Class<S> type, Codec<V> codec, Function<S, V> getter, Function<V, S> constructor) {
        return ObjectCodec.define(type, s -> {
            var value = s.required("value", codec, getter);
            return v -> constructor.apply(v.get(value));
        });
    }
}
