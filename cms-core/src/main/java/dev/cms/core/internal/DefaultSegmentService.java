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
import dev.cms.core.segment.Explanation;
import dev.cms.core.segment.FieldRegistry;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleContext;
import dev.cms.core.segment.RuleEvaluator;
import dev.cms.core.segment.RuleValidator;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentDeleted;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.SegmentSaved;
import dev.cms.core.segment.SegmentService;
import dev.cms.core.spi.SegmentRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The segment service: validation, reference checks, inlining of saved segments, then the store's query port. */
public final class DefaultSegmentService implements SegmentService {
    private static final String LIST_CURSOR = "segments";
    private static final String MEMBER_CURSOR = "segment-members";

    private final ServiceContext ctx;
    private final SegmentRepository segments;

    /**
     * @param ctx the acting principal and the store
     */
    public DefaultSegmentService(ServiceContext ctx) {
        this.ctx = ctx;
        this.segments = ctx.store().segments();
    }

    @Override
    public FieldRegistry fields() {
        return FieldRegistry.of(ctx.store().attributeDefinitions().findAll());
    }

    @Override
    public void validate(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        resolve(rule, fields(), Optional.empty());
    }

    @Override
    public Segment create(SegmentDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        ctx.check(Action.WRITE, ResourceType.SEGMENT);
        return ctx.work().write(() -> {
            resolve(definition.rule(), fields(), Optional.empty());
            Instant now = ctx.now();
            Segment segment = new Segment(SegmentId.of(ctx.newId()), definition, now, now, 0);
            segments.insert(segment);
            ctx.work().raise(new SegmentSaved(segment, ctx.principal().userId(), now));
            return segment;
        });
    }

    @Override
    public Segment update(SegmentId id, long expectedVersion, SegmentDefinition definition) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        ctx.check(Action.WRITE, ResourceType.SEGMENT);
        return ctx.work().write(() -> {
            Segment current = load(id, expectedVersion);
            resolve(definition.rule(), fields(), Optional.of(id));
            Instant now = ctx.now();
            Segment next = new Segment(id, definition, current.createdAt(), now, current.version() + 1);
            segments.update(next);
            ctx.work().raise(new SegmentSaved(next, ctx.principal().userId(), now));
            return next;
        });
    }

    @Override
    public void delete(SegmentId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.DELETE, ResourceType.SEGMENT);
        ctx.work().write(() -> {
            load(id, expectedVersion);
            for (Segment other : all(segments)) {
                if (!other.id().equals(id) && references(other.rule()).segments().contains(id)) {
                    throw ValidationException.of("segment", id, "is used by segment '" + other.definition().name()
                            + "' (" + other.id() + "); change that rule first");
                }
            }
            segments.delete(id, expectedVersion);
            ctx.work().raise(new SegmentDeleted(id, ctx.principal().userId(), ctx.now()));
            return null;
        });
    }

    @Override
    public Optional<Segment> find(SegmentId id) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.READ, ResourceType.SEGMENT);
        return segments.findById(id);
    }

    @Override
    public Page<Segment> list(PageRequest page) {
        Objects.requireNonNull(page, "page");
        ctx.check(Action.READ, ResourceType.SEGMENT);
        Optional<SegmentId> after = page.after().map(c -> SegmentId.of(Cursors.decode(LIST_CURSOR, c).id()));
        return Pages.of(segments.list(after, page.size() + 1), page.size(),
                s -> Cursors.encode(LIST_CURSOR, Instant.EPOCH, s.id().value()));
    }

    @Override
    public Page<Customer> members(Rule rule, PageRequest page) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(page, "page");
        ctx.check(Action.READ, ResourceType.CUSTOMER);
        return page(resolve(rule, fields(), Optional.empty()), page);
    }

    @Override
    public Page<Customer> members(SegmentId segment, PageRequest page) {
        Objects.requireNonNull(page, "page");
        ctx.check(Action.READ, ResourceType.CUSTOMER);
        return page(resolve(saved(segment).rule(), fields(), Optional.empty()), page);
    }

    @Override
    public long count(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        ctx.check(Action.READ, ResourceType.CUSTOMER);
        return ctx.store().customerQueries().count(resolve(rule, fields(), Optional.empty()), context());
    }

    @Override
    public long count(SegmentId segment) {
        ctx.check(Action.READ, ResourceType.CUSTOMER);
        return ctx.store().customerQueries().count(resolve(saved(segment).rule(), fields(), Optional.empty()), context());
    }

    @Override
    public boolean matches(CustomerId customer, Rule rule) {
        return evaluate(customer, rule, (evaluator, facts) -> evaluator.matches(facts));
    }

    @Override
    public Explanation explain(CustomerId customer, Rule rule) {
        return evaluate(customer, rule, (evaluator, facts) -> reshape(rule, evaluator.explain(facts)));
    }

    /**
     * The explanation of the resolved rule, put back into the shape of the rule as given: the resolved rule is the given
     * one with each {@link Rule.InSegment} replaced by the segment's rule, so the two trees match node for node except
     * there, where the segment's node gets the explanation of its rule as its only part.
     */
    private static Explanation reshape(Rule given, Explanation resolved) {
        if (given instanceof Rule.InSegment) {
            return new Explanation(given, resolved.matched(), Optional.empty(), List.of(resolved));
        }
        List<Rule> children = given instanceof Rule.All all ? all.rules()
                : given instanceof Rule.Any any ? any.rules()
                : given instanceof Rule.Not not ? List.of(not.rule()) : List.of();
        if (children.isEmpty()) {
            return resolved;
        }
        List<Explanation> parts = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            parts.add(reshape(children.get(i), resolved.parts().get(i)));
        }
        return new Explanation(given, resolved.matched(), resolved.observed(), parts);
    }

    private <T> T evaluate(CustomerId customer, Rule rule, java.util.function.BiFunction<RuleEvaluator, StoreFacts, T> what) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(rule, "rule");
        Customer found = ctx.read(ResourceType.CUSTOMER, () -> ctx.store().customers().findById(customer), Customer::id)
                .orElseThrow(() -> new NotFoundException("customer", customer.toString()));
        FieldRegistry fields = fields();
        RuleEvaluator evaluator = RuleEvaluator.compile(resolve(rule, fields, Optional.empty()), context(), fields);
        return what.apply(evaluator, new StoreFacts(ctx.store(), found));
    }

    private Page<Customer> page(Rule resolved, PageRequest page) {
        Optional<CustomerId> after = page.after().map(c -> CustomerId.of(Cursors.decode(MEMBER_CURSOR, c).id()));
        Page<Customer> fetched = Pages.of(ctx.store().customerQueries().matching(resolved, context(), after, page.size() + 1),
                page.size(), c -> Cursors.encode(MEMBER_CURSOR, Instant.EPOCH, c.id().value()));
        return new Page<>(fetched.items().stream()
                .filter(c -> ctx.permits(Action.READ, ResourceType.CUSTOMER, c.id())).toList(), fetched.next());
    }

    RuleContext context() {
        return new RuleContext(ctx.now(), ctx.zone());
    }

    private Segment saved(SegmentId id) {
        Objects.requireNonNull(id, "segment");
        ctx.check(Action.READ, ResourceType.SEGMENT);
        return segments.findById(id).orElseThrow(() -> new NotFoundException("segment", id.toString()));
    }

    private Segment load(SegmentId id, long expectedVersion) {
        Segment current = segments.findById(id).orElseThrow(() -> new NotFoundException("segment", id.toString()));
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("segment", id, expectedVersion, current.version());
        }
        return current;
    }

    private static List<Segment> all(SegmentRepository segments) {
        return Pages.<Segment, SegmentId>all(500, after -> segments.list(after, 500), Segment::id);
    }

    /**
     * Validates the rule, checks that the lists and segments it names exist, and replaces each saved segment by its
     * (recursively resolved) rule.
     *
     * @param rule    the rule
     * @param fields  the registry
     * @param editing the segment whose rule this is, if one is being saved (it must not be reachable)
     */
    Rule resolve(Rule rule, FieldRegistry fields, Optional<SegmentId> editing) {
        RuleValidator.validate(rule, fields);
        List<SegmentId> path = new ArrayList<>();
        editing.ifPresent(path::add);
        return inline(rule, fields, path);
    }

    private Rule inline(Rule rule, FieldRegistry fields, List<SegmentId> path) {
        if (rule instanceof Rule.All all) {
            return new Rule.All(all.rules().stream().map(r -> inline(r, fields, path)).toList());
        } else if (rule instanceof Rule.Any any) {
            return new Rule.Any(any.rules().stream().map(r -> inline(r, fields, path)).toList());
        } else if (rule instanceof Rule.Not not) {
            return new Rule.Not(inline(not.rule(), fields, path));
        } else if (rule instanceof Rule.InList in) {
            if (ctx.store().staticLists().findById(in.list()).isEmpty()) {
                throw new NotFoundException("staticList", in.list().toString());
            }
            return rule;
        } else if (rule instanceof Rule.InSegment in) {
            if (path.contains(in.segment())) {
                List<SegmentId> cycle = new ArrayList<>(path.subList(path.indexOf(in.segment()), path.size()));
                cycle.add(in.segment());
                throw ValidationException.of("rule", in.segment(), "segments would refer to each other in a cycle: "
                        + cycle.stream().map(SegmentId::toString).collect(Collectors.joining(" -> ")));
            }
            ctx.check(Action.READ, ResourceType.SEGMENT);
            Segment target = segments.findById(in.segment())
                    .orElseThrow(() -> new NotFoundException("segment", in.segment().toString()));
            RuleValidator.validate(target.rule(), fields);
            path.add(in.segment());
            Rule inlined = inline(target.rule(), fields, path);
            path.remove(path.size() - 1);
            return inlined;
        }
        return rule;
    }

    private record References(Set<SegmentId> segments, Set<dev.cms.core.segment.StaticListId> lists) {
    }

    /**
     * {@return the lists and segments a rule names directly}
     *
     * @param rule a rule
     */
    static References references(Rule rule) {
        References refs = new References(new LinkedHashSet<>(), new LinkedHashSet<>());
        collect(rule, refs);
        return refs;
    }

    private static void collect(Rule rule, References refs) {
        if (rule instanceof Rule.All all) {
            all.rules().forEach(r -> collect(r, refs));
        } else if (rule instanceof Rule.Any any) {
            any.rules().forEach(r -> collect(r, refs));
        } else if (rule instanceof Rule.Not not) {
            collect(not.rule(), refs);
        } else if (rule instanceof Rule.InSegment in) {
            refs.segments().add(in.segment());
        } else if (rule instanceof Rule.InList in) {
            refs.lists().add(in.list());
        }
    }

    /**
     * {@return whether any saved segment names the list}
     *
     * @param segments the segment repository
     * @param list     a list
     */
    static Optional<Segment> referencing(SegmentRepository segments, dev.cms.core.segment.StaticListId list) {
        return all(segments).stream().filter(s -> references(s.rule()).lists().contains(list)).findFirst();
    }
}
