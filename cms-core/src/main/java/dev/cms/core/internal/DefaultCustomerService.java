package dev.cms.core.internal;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.customer.AttributeDefined;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.CustomerService;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.customer.CustomerView;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.spi.CustomerRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** {@link CustomerService} over the ports. */
public final class DefaultCustomerService implements CustomerService {
    private static final String LIST_CURSOR = "customers";
    /** How many items each section of the 360 view shows at most. */
    private static final int VIEW_ITEMS = 20;

    private final ServiceContext ctx;
    private final CustomerRepository customers;

    /** @param ctx the acting context */
    public DefaultCustomerService(ServiceContext ctx) {
        this.ctx = ctx;
        this.customers = ctx.store().customers();
    }

    @Override
    public CustomerProfile.Builder person(String givenName, String familyName) {
        return CustomerProfile.person(givenName, familyName).phoneRegion(ctx.phoneRegion());
    }

    @Override
    public CustomerProfile.Builder organization(String name) {
        return CustomerProfile.organization(name).phoneRegion(ctx.phoneRegion());
    }

    @Override
    public Customer create(CustomerProfile profile) {
        Objects.requireNonNull(profile, "profile");
        ctx.check(Action.WRITE, ResourceType.CUSTOMER);
        return ctx.work().write(() -> {
            checkAgainstStore(profile, Optional.empty());
            Instant now = ctx.now();
            Customer customer = new Customer(CustomerId.of(ctx.newId()), profile, now, now, 0);
            customers.insert(customer);
            ctx.work().raise(new CustomerCreated(customer, ctx.principal().userId(), now));
            return customer;
        });
    }

    @Override
    public Customer get(CustomerId id) {
        return find(id).orElseThrow(() -> new NotFoundException("customer", id.toString()));
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.READ, ResourceType.CUSTOMER, Optional.of(id));
        return customers.findById(id);
    }

    @Override
    public CustomerView view(CustomerId id) {
        Customer customer = get(id);
        Optional<CustomerId> scope = Optional.of(id);
        ctx.check(Action.READ, ResourceType.INTERACTION, scope);
        ctx.check(Action.READ, ResourceType.OPPORTUNITY, scope);
        ctx.check(Action.READ, ResourceType.TASK, scope);
        ctx.check(Action.READ, ResourceType.TICKET, scope);
        ctx.check(Action.READ, ResourceType.PURCHASE, scope);
        ctx.check(Action.READ, ResourceType.FEEDBACK, scope);
        PersistenceProvider store = ctx.store();
        Map<PipelineId, Pipeline> pipelines = store.pipelines().findAll().stream()
                .collect(Collectors.toMap(Pipeline::id, Function.identity()));
        List<CustomerView.OpportunityLine> deals = store.opportunities().byCustomer(id, true, Optional.empty(), VIEW_ITEMS)
                .stream().map(o -> {
                    Pipeline p = pipelines.get(o.pipeline());
                    return new CustomerView.OpportunityLine(o, o.probabilityIn(p), o.weightedAmountIn(p));
                }).toList();
        Instant now = ctx.now();
        List<CustomerView.TicketLine> tickets = store.tickets().byCustomer(id, true, Optional.empty(), VIEW_ITEMS).stream()
                .map(t -> new CustomerView.TicketLine(t, ctx.support().sla(t, now))).toList();
        return new CustomerView(customer,
                store.interactions().timeline(id, Optional.empty(), VIEW_ITEMS),
                deals,
                store.tasks().activeByCustomer(id, VIEW_ITEMS),
                tickets,
                store.purchases().summary(id),
                store.surveyResponses().latest(id, SurveyType.NPS),
                store.surveyResponses().latest(id, SurveyType.CSAT));
    }

    @Override
    public Optional<Customer> findByExternalId(ExternalId externalId) {
        Objects.requireNonNull(externalId, "externalId");
        ctx.check(Action.READ, ResourceType.CUSTOMER);
        return customers.findByExternalId(externalId).filter(this::readable);
    }

    @Override
    public List<Customer> findByEmail(Email email) {
        Objects.requireNonNull(email, "email");
        ctx.check(Action.READ, ResourceType.CUSTOMER);
        return customers.findByEmail(email).stream().filter(this::readable).toList();
    }

    @Override
    public Customer update(CustomerId id, long expectedVersion, CustomerProfile profile) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        ctx.check(Action.WRITE, ResourceType.CUSTOMER, Optional.of(id));
        return ctx.work().write(() -> {
            Customer current = customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id.toString()));
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("customer", id, expectedVersion, current.version());
            }
            if (current.profile().equals(profile)) {
                return current;
            }
            if (current.kind() != profile.kind()) {
                // People may be affiliated with an organization: letting it turn into a person would strand them.
                throw ValidationException.of("name", profile.name().display(), "a " + current.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " cannot become a " + profile.kind().name().toLowerCase(java.util.Locale.ROOT) + "; create a new customer instead");
            }
            checkAgainstStore(profile, Optional.of(id));
            Instant now = ctx.now();
            Customer updated = current.withProfile(profile, now);
            customers.update(updated);
            ctx.work().raise(new CustomerUpdated(current, updated, ctx.principal().userId(), now));
            return updated;
        });
    }

    @Override
    public Customer update(Customer current, UnaryOperator<CustomerProfile.Builder> change) {
        Objects.requireNonNull(current, "current");
        CustomerProfile profile = change.apply(current.profile().toBuilder().phoneRegion(ctx.phoneRegion())).build();
        return update(current.id(), current.version(), profile);
    }

    @Override
    public Customer upsertByExternalId(CustomerProfile profile) {
        Objects.requireNonNull(profile, "profile");
        ExternalId externalId = profile.externalId()
                .orElseThrow(() -> ValidationException.of("externalId", null, "is required to upsert by external id"));
        ctx.check(Action.WRITE, ResourceType.CUSTOMER);
        return ctx.work().write(() -> customers.findByExternalId(externalId)
                .map(existing -> update(existing.id(), existing.version(), profile))
                .orElseGet(() -> create(profile)));
    }

    @Override
    public Page<Customer> list(PageRequest page) {
        Objects.requireNonNull(page, "page");
        ctx.check(Action.READ, ResourceType.CUSTOMER);
        Optional<CustomerId> after = page.after().map(c -> CustomerId.of(Cursors.decode(LIST_CURSOR, c).id()));
        Page<Customer> fetched = Pages.of(customers.list(after, page.size() + 1), page.size(),
                c -> Cursors.encode(LIST_CURSOR, Instant.EPOCH, c.id().value()));
        // Customers the policy hides are left out; the cursor still advances past them.
        return new Page<>(fetched.items().stream().filter(this::readable).toList(), fetched.next());
    }

    private boolean readable(Customer customer) {
        return ctx.permits(Action.READ, ResourceType.CUSTOMER, customer.id());
    }

    @Override
    public long count() {
        ctx.check(Action.READ, ResourceType.CUSTOMER);
        return customers.count();
    }

    @Override
    public AttributeDefinition defineAttribute(AttributeDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        ctx.check(Action.WRITE, ResourceType.ATTRIBUTE_DEFINITION);
        return ctx.work().write(() -> {
            Optional<AttributeDefinition> existing = ctx.store().attributeDefinitions().find(definition.key());
            if (existing.isPresent() && existing.get().type() != definition.type()) {
                throw ValidationException.of("type", definition.type(), "attribute '" + definition.key()
                        + "' is declared as " + existing.get().type() + "; a declared type cannot change");
            }
            if (existing.equals(Optional.of(definition))) {
                return definition;
            }
            ctx.store().attributeDefinitions().save(definition);
            ctx.work().raise(new AttributeDefined(definition, ctx.principal().userId(), ctx.now()));
            return definition;
        });
    }

    @Override
    public List<AttributeDefinition> attributeDefinitions() {
        ctx.check(Action.READ, ResourceType.ATTRIBUTE_DEFINITION);
        return ctx.store().attributeDefinitions().findAll();
    }

    /** Rules that need the store: declared attributes, the affiliated organization, the external id. */
    private void checkAgainstStore(CustomerProfile profile, Optional<CustomerId> self) {
        Violations v = new Violations();
        Map<String, AttributeDefinition> definitions = ctx.store().attributeDefinitions().findAll().stream()
                .collect(Collectors.toMap(AttributeDefinition::key, Function.identity()));
        for (Map.Entry<String, AttributeValue> entry : profile.attributes().entrySet()) {
            String path = "attributes." + entry.getKey();
            AttributeDefinition definition = definitions.get(entry.getKey());
            if (definition == null) {
                v.add(path, entry.getKey(), "is not a declared attribute; declare it with defineAttribute first");
            } else {
                definition.problemWith(entry.getValue()).ifPresent(problem -> v.add(path, render(entry.getValue()), problem));
            }
        }
        definitions.values().stream().filter(AttributeDefinition::required)
                .filter(d -> !profile.attributes().containsKey(d.key()))
                .forEach(d -> v.add("attributes." + d.key(), null, "is required"));
        profile.affiliation().ifPresent(a -> {
            Optional<Customer> organization = customers.findById(a.organization());
            if (self.equals(Optional.of(a.organization()))) {
                v.add("affiliation.organization", a.organization(), "a customer cannot be affiliated with itself");
            } else if (organization.isEmpty()) {
                v.add("affiliation.organization", a.organization(), "no such customer");
            } else if (organization.get().kind() != CustomerKind.ORGANIZATION) {
                v.add("affiliation.organization", a.organization(), "is a person, not an organization");
            }
        });
        v.throwIfAny();
        profile.externalId().ifPresent(externalId -> customers.findByExternalId(externalId)
                .filter(other -> self.isEmpty() || !other.id().equals(self.get()))
                .ifPresent(other -> {
                    throw new ConflictException(ConflictException.Reason.DUPLICATE,
                            "externalId '" + externalId + "' is already used by customer " + other.id());
                }));
    }

    private static String render(AttributeValue value) {
        if (value instanceof AttributeValue.Text t) {
            return t.value();
        } else if (value instanceof AttributeValue.Number n) {
            return n.value().toPlainString();
        } else if (value instanceof AttributeValue.Bool b) {
            return Boolean.toString(b.value());
        } else if (value instanceof AttributeValue.Date d) {
            return d.value().toString();
        } else if (value instanceof AttributeValue.MoneyValue m) {
            return m.value().toString();
        }
        return ((AttributeValue.Choice) value).value();
    }
}
