package dev.cms.core.internal;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.segment.StaticListMembersChanged;
import dev.cms.core.segment.StaticListSaved;
import dev.cms.core.segment.StaticListService;
import dev.cms.core.spi.StaticListRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The static list service. */
public final class DefaultStaticListService implements StaticListService {
    private static final String LIST_CURSOR = "lists";
    private static final String MEMBER_CURSOR = "list-members";

    private final ServiceContext ctx;
    private final StaticListRepository lists;

    /**
     * @param ctx the acting principal and the store
     */
    public DefaultStaticListService(ServiceContext ctx) {
        this.ctx = ctx;
        this.lists = ctx.store().staticLists();
    }

    @Override
    public StaticList create(String name, Optional<String> description) {
        ctx.check(Action.WRITE, ResourceType.LIST);
        return ctx.work().write(() -> {
            Instant now = ctx.now();
            StaticList list = new StaticList(StaticListId.of(ctx.newId()), name, description, now, now, 0);
            lists.insert(list);
            ctx.work().raise(new StaticListSaved(list, ctx.principal().userId(), now));
            return list;
        });
    }

    @Override
    public StaticList rename(StaticListId id, long expectedVersion, String name, Optional<String> description) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.WRITE, ResourceType.LIST);
        return ctx.work().write(() -> {
            StaticList current = load(id, expectedVersion);
            Instant now = ctx.now();
            StaticList next = new StaticList(id, name, description, current.createdAt(), now, current.version() + 1);
            lists.update(next);
            ctx.work().raise(new StaticListSaved(next, ctx.principal().userId(), now));
            return next;
        });
    }

    @Override
    public void delete(StaticListId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.DELETE, ResourceType.LIST);
        ctx.work().write(() -> {
            load(id, expectedVersion);
            DefaultSegmentService.referencing(ctx.store().segments(), id).ifPresent(s -> {
                throw ValidationException.of("list", id, "is used by segment '" + s.definition().name() + "' ("
                        + s.id() + "); change that rule first");
            });
            lists.delete(id, expectedVersion);
            return null;
        });
    }

    @Override
    public Optional<StaticList> find(StaticListId id) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.READ, ResourceType.LIST);
        return lists.findById(id);
    }

    @Override
    public Page<StaticList> list(PageRequest page) {
        Objects.requireNonNull(page, "page");
        ctx.check(Action.READ, ResourceType.LIST);
        Optional<StaticListId> after = page.after().map(c -> StaticListId.of(Cursors.decode(LIST_CURSOR, c).id()));
        return Pages.of(lists.list(after, page.size() + 1), page.size(),
                l -> Cursors.encode(LIST_CURSOR, Instant.EPOCH, l.id().value()));
    }

    @Override
    public int add(StaticListId id, Collection<CustomerId> customers) {
        Set<CustomerId> ids = distinct(id, customers);
        return ctx.work().write(() -> {
            require(id);
            List<CustomerId> list = List.copyOf(ids);
            Violations v = new Violations();
            int i = 0;
            for (CustomerId customer : customers) {
                if (ctx.store().customers().findById(customer).isEmpty()) {
                    v.add("customers[" + i + "]", customer, "is not a stored customer");
                }
                i++;
            }
            v.throwIfAny();
            List<CustomerId> added = lists.addMembers(id, list, ctx.now());
            if (!added.isEmpty()) {
                ctx.work().raise(new StaticListMembersChanged(id, added, List.of(), ctx.principal().userId(), ctx.now()));
            }
            return added.size();
        });
    }

    @Override
    public int remove(StaticListId id, Collection<CustomerId> customers) {
        Set<CustomerId> ids = distinct(id, customers);
        return ctx.work().write(() -> {
            require(id);
            List<CustomerId> removed = lists.removeMembers(id, List.copyOf(ids));
            if (!removed.isEmpty()) {
                ctx.work().raise(new StaticListMembersChanged(id, List.of(), removed, ctx.principal().userId(), ctx.now()));
            }
            return removed.size();
        });
    }

    private Set<CustomerId> distinct(StaticListId id, Collection<CustomerId> customers) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customers, "customers");
        if (customers.size() > MAX_BATCH) {
            throw ValidationException.of("customers", customers.size(), "at most " + MAX_BATCH + " ids per call");
        }
        Set<CustomerId> ids = new LinkedHashSet<>();
        for (CustomerId customer : customers) {
            ids.add(Objects.requireNonNull(customer, "customers must not contain null"));
        }
        ctx.check(Action.WRITE, ResourceType.LIST);
        for (CustomerId customer : ids) {
            ctx.checkCustomer(Action.READ, ResourceType.CUSTOMER, customer);
        }
        return ids;
    }

    @Override
    public Page<Customer> members(StaticListId id, PageRequest page) {
        Objects.requireNonNull(page, "page");
        ctx.check(Action.READ, ResourceType.LIST);
        ctx.check(Action.READ, ResourceType.CUSTOMER);
        require(id);
        Optional<CustomerId> after = page.after().map(c -> CustomerId.of(Cursors.decode(MEMBER_CURSOR, c).id()));
        List<CustomerId> ids = lists.members(id, after, page.size() + 1);
        Page<CustomerId> fetched = Pages.of(ids, page.size(), c -> Cursors.encode(MEMBER_CURSOR, Instant.EPOCH, c.value()));
        List<Customer> customers = new ArrayList<>();
        for (CustomerId customer : fetched.items()) {
            if (ctx.permits(Action.READ, ResourceType.CUSTOMER, customer)) {
                ctx.store().customers().findById(customer).ifPresent(customers::add);
            }
        }
        return new Page<>(customers, fetched.next());
    }

    @Override
    public long count(StaticListId id) {
        ctx.check(Action.READ, ResourceType.LIST);
        require(id);
        return lists.count(id);
    }

    @Override
    public boolean contains(StaticListId id, CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        ctx.check(Action.READ, ResourceType.LIST);
        ctx.checkCustomer(Action.READ, ResourceType.CUSTOMER, customer);
        require(id);
        return lists.contains(id, customer);
    }

    private void require(StaticListId id) {
        Objects.requireNonNull(id, "id");
        if (lists.findById(id).isEmpty()) {
            throw new NotFoundException("staticList", id.toString());
        }
    }

    private StaticList load(StaticListId id, long expectedVersion) {
        StaticList current = lists.findById(id).orElseThrow(() -> new NotFoundException("staticList", id.toString()));
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("staticList", id, expectedVersion, current.version());
        }
        return current;
    }
}
