package dev.cms.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.cms.core.Cursor;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerName;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.customer.OrganizationName;
import dev.cms.core.customer.PersonName;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageId;
import dev.cms.core.support.BusinessHours;
import dev.cms.core.support.SlaPolicy;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import dev.cms.core.task.Priority;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskStatus;
import java.math.BigDecimal;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CmsJacksonModuleTest {
    private static final String ADA_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b";
    private static final String ENGINES_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2c";
    private static final String DEAL_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2d";
    private static final String PIPELINE_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a30";
    private static final String LEAD_STAGE = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a31";
    private static final String WON_STAGE = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a33";
    private static final String TICKET_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a40";
    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CmsJacksonModule());

    /** The customer of the module's Javadoc example. */
    private static Customer ada() {
        CustomerProfile profile = CustomerProfile.person("Ada", "Lovelace")
                .email("ada@example.com", "work")
                .phone("+4930901820")
                .address(new Address(Optional.empty(), List.of("12 St James's Square"), Optional.of("London"),
                        Optional.empty(), Optional.of("SW1Y 4JH"), "GB"))
                .worksAt(CustomerId.parse(ENGINES_ID), "Analyst")
                .stage(LifecycleStage.CUSTOMER)
                .leadSource("webinar")
                .owner(UserId.of("alice"))
                .tag("vip", "mathematics")
                .birthDate(LocalDate.of(1815, 12, 10))
                .locale(Locale.forLanguageTag("en-GB"))
                .timeZone(ZoneId.of("Europe/London"))
                .preferredChannel(ContactChannel.EMAIL)
                .consentGranted(ContactChannel.EMAIL, T0, "signup-form")
                .externalId("shop-42")
                .attribute("tier", AttributeValue.choice("gold"))
                .attribute("lifetime_value", AttributeValue.money(Money.of("1250", "EUR")))
                .build();
        return new Customer(CustomerId.parse(ADA_ID), profile, T0, Instant.parse("2026-01-16T10:30:00.123456Z"), 3);
    }

    /** The won deal of the module's Javadoc example: two licences at 1000.00 EUR less 10 %. */
    private static Opportunity wonDeal() {
        UserId bob = UserId.of("bob");
        Instant won = Instant.parse("2026-02-01T15:00:00Z");
        OpportunityDetails details = OpportunityDetails.of(CustomerId.parse(ADA_ID), "Engines - 2 licences", Money.of("0", "EUR"))
                .withLineItems(List.of(LineItem.of("LIC-1", "Licence", 2, Money.of("1000", "EUR")).withDiscount(BigDecimal.TEN)))
                .closingOn(LocalDate.of(2026, 3, 31))
                .ownedBy(bob);
        List<StageChange> history = List.of(
                new StageChange(Optional.empty(), StageId.parse(LEAD_STAGE), T0, bob),
                new StageChange(Optional.of(StageId.parse(LEAD_STAGE)), StageId.parse(WON_STAGE), won, bob));
        return new Opportunity(OpportunityId.parse(DEAL_ID), details, PipelineId.parse(PIPELINE_ID), StageId.parse(WON_STAGE),
                OpportunityStatus.WON, Optional.empty(), Optional.of(won), history, T0, won, 1);
    }

    /** A billing ticket opened at T0, answered after 30 minutes and resolved after two hours. */
    private static Ticket resolvedTicket() {
        UserId carol = UserId.of("carol");
        Instant answered = T0.plusSeconds(30 * 60);
        Instant resolved = T0.plusSeconds(2 * 3600);
        TicketDetails details = TicketDetails.of(CustomerId.parse(ADA_ID), "Invoice missing")
                .withDescription("Where is my January invoice?")
                .inCategory("billing")
                .withPriority(TicketPriority.HIGH);
        List<TicketStatusChange> history = List.of(
                new TicketStatusChange(TicketStatus.NEW, TicketStatus.OPEN, answered, carol, Optional.empty()),
                new TicketStatusChange(TicketStatus.OPEN, TicketStatus.RESOLVED, resolved, carol, Optional.empty()));
        return new Ticket(TicketId.parse(TICKET_ID), details, TicketStatus.RESOLVED, Optional.of("billing"), Optional.of(carol),
                T0, Optional.of(answered), Optional.of(resolved), history, resolved, 2);
    }

    /** Removes the line breaks and indentation of a hand-formatted JSON text block. */
    private static String compact(String json) {
        return json.lines().map(String::strip).collect(Collectors.joining());
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    // ---------------------------------------------------------------- writing

    @Test
    void customer_isWrittenInTheDocumentedShape() throws Exception {
        String expected = compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b",
                 "profile":{
                  "name":{"kind":"person","givenName":"Ada","familyName":"Lovelace"},
                  "emails":[{"email":"ada@example.com","label":"work","primary":true}],
                  "phones":[{"phone":"+4930901820","primary":true}],
                  "addresses":[{"lines":["12 St James's Square"],"city":"London","postalCode":"SW1Y 4JH","countryCode":"GB"}],
                  "affiliation":{"organization":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2c","jobTitle":"Analyst"},
                  "lifecycleStage":"customer",
                  "leadSource":"webinar",
                  "owner":"alice",
                  "tags":["mathematics","vip"],
                  "birthDate":"1815-12-10",
                  "locale":"en-GB",
                  "timeZone":"Europe/London",
                  "preferredChannel":"EMAIL",
                  "consents":{"EMAIL":{"state":"GRANTED","recordedAt":"2026-01-15T09:00:00Z","source":"signup-form"}},
                  "externalId":"shop-42",
                  "attributes":{
                   "lifetime_value":{"type":"money","value":{"amount":"1250.00","currency":"EUR"}},
                   "tier":{"type":"enumeration","value":"gold"}}},
                 "createdAt":"2026-01-15T09:00:00Z",
                 "updatedAt":"2026-01-16T10:30:00.123456Z",
                 "version":3}
                """);

        assertThat(mapper.writeValueAsString(ada())).isEqualTo(expected);
        assertThat(mapper.readValue(expected, Customer.class)).isEqualTo(ada());
    }

    @Test
    void emptyOptionalsAreOmittedAndEmptyCollectionsWritten() throws Exception {
        Customer bare = new Customer(CustomerId.parse(ADA_ID), CustomerProfile.organization("Analytical Engines").build(), T0, T0, 0);

        assertThat(mapper.writeValueAsString(bare)).isEqualTo(compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b",
                 "profile":{"name":{"kind":"organization","name":"Analytical Engines"},
                  "emails":[],"phones":[],"addresses":[],"lifecycleStage":"lead","tags":[],"consents":{},"attributes":{}},
                 "createdAt":"2026-01-15T09:00:00Z","updatedAt":"2026-01-15T09:00:00Z","version":0}
                """));
        assertThat(mapper.writeValueAsString(new PersonName(Optional.empty(), "Cher")))
                .isEqualTo("{\"kind\":\"person\",\"familyName\":\"Cher\"}");
    }

    @Test
    void scalarValueTypes_areWrittenAsPlainStrings() throws Exception {
        assertThat(mapper.writeValueAsString(CustomerId.parse(ADA_ID))).isEqualTo("\"" + ADA_ID + "\"");
        assertThat(mapper.writeValueAsString(UserId.of("alice"))).isEqualTo("\"alice\"");
        assertThat(mapper.writeValueAsString(LifecycleStage.of("trial_user"))).isEqualTo("\"trial_user\"");
        assertThat(mapper.writeValueAsString(Cursor.of("abc-_1"))).isEqualTo("\"abc-_1\"");
        assertThat(mapper.writeValueAsString(TaskStatus.IN_PROGRESS)).isEqualTo("\"IN_PROGRESS\"");
    }

    @Test
    void money_amountIsAStringAtTheCurrencyScale() throws Exception {
        assertThat(mapper.writeValueAsString(Money.of("12.5", "EUR"))).isEqualTo("{\"amount\":\"12.50\",\"currency\":\"EUR\"}");
        assertThat(mapper.writeValueAsString(Money.of("1250", "JPY"))).isEqualTo("{\"amount\":\"1250\",\"currency\":\"JPY\"}");
        assertThat(mapper.writeValueAsString(Money.of("-1.5", "BHD"))).isEqualTo("{\"amount\":\"-1.500\",\"currency\":\"BHD\"}");
        assertThat(mapper.readValue("{\"amount\":12.5,\"currency\":\"EUR\"}", Money.class)).isEqualTo(Money.of("12.50", "EUR"));
    }

    @Test
    void attributeValues_carryALowerCaseTypeAndAValue() throws Exception {
        assertThat(mapper.writeValueAsString(AttributeValue.text("Hällo"))).isEqualTo("{\"type\":\"text\",\"value\":\"Hällo\"}");
        assertThat(mapper.writeValueAsString(AttributeValue.number(new BigDecimal("1.50")))).isEqualTo("{\"type\":\"number\",\"value\":\"1.5\"}");
        assertThat(mapper.writeValueAsString(AttributeValue.number(1000))).isEqualTo("{\"type\":\"number\",\"value\":\"1000\"}");
        assertThat(mapper.writeValueAsString(AttributeValue.bool(true))).isEqualTo("{\"type\":\"boolean\",\"value\":true}");
        assertThat(mapper.writeValueAsString(AttributeValue.date(LocalDate.of(2026, 1, 5)))).isEqualTo("{\"type\":\"date\",\"value\":\"2026-01-05\"}");
        assertThat(mapper.writeValueAsString(AttributeValue.money(Money.of("9.99", "EUR"))))
                .isEqualTo("{\"type\":\"money\",\"value\":{\"amount\":\"9.99\",\"currency\":\"EUR\"}}");
        assertThat(mapper.writeValueAsString(AttributeValue.choice("gold"))).isEqualTo("{\"type\":\"enumeration\",\"value\":\"gold\"}");
    }

    @Test
    void interaction_writesDurationAsIsoAndLinksAsIds() throws Exception {
        InteractionDetails details = InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, T0)
                .withSubject("Renewal").withDuration(Duration.ofMinutes(90)).about(OpportunityId.parse(ENGINES_ID));
        Interaction call = new Interaction(InteractionId.parse(ENGINES_ID), CustomerId.parse(ADA_ID), details, UserId.of("bob"), T0);

        assertThat(mapper.writeValueAsString(call)).isEqualTo(compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2c","customer":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b",
                 "details":{"channel":"CALL","direction":"OUTBOUND","occurredAt":"2026-01-15T09:00:00Z","subject":"Renewal",
                  "duration":"PT1H30M","links":{"opportunity":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2c"}},
                 "loggedBy":"bob","loggedAt":"2026-01-15T09:00:00Z"}
                """));
    }

    @Test
    void doneTask_carriesItsCompletionTime() throws Exception {
        Task task = new Task(TaskId.parse(ADA_ID), TaskDetails.titled("Call back").withPriority(Priority.HIGH), TaskStatus.DONE,
                T0, T0.plusSeconds(60), Optional.of(T0.plusSeconds(60)), 1);

        assertThat(mapper.writeValueAsString(task)).isEqualTo(compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b","details":{"title":"Call back","priority":"HIGH","links":{}},
                 "status":"DONE","createdAt":"2026-01-15T09:00:00Z","updatedAt":"2026-01-15T09:01:00Z",
                 "completedAt":"2026-01-15T09:01:00Z","version":1}
                """));
    }

    @Test
    void opportunity_isWrittenInTheDocumentedShape() throws Exception {
        // The example of the module's Javadoc: line item decimals as strings, the first history entry without "from",
        // no lostReason (the deal is won), closedAt present.
        String expected = compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2d",
                 "details":{"customer":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b","name":"Engines - 2 licences",
                  "amount":{"amount":"1800.00","currency":"EUR"},"expectedClose":"2026-03-31","owner":"bob",
                  "lineItems":[{"productCode":"LIC-1","name":"Licence","quantity":"2",
                   "unitPrice":{"amount":"1000.00","currency":"EUR"},"discountPercent":"10"}]},
                 "pipeline":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a30",
                 "stage":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a33",
                 "status":"WON",
                 "closedAt":"2026-02-01T15:00:00Z",
                 "history":[
                  {"to":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a31","at":"2026-01-15T09:00:00Z","by":"bob"},
                  {"from":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a31","to":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a33",
                   "at":"2026-02-01T15:00:00Z","by":"bob"}],
                 "createdAt":"2026-01-15T09:00:00Z",
                 "updatedAt":"2026-02-01T15:00:00Z",
                 "version":1}
                """);

        assertThat(mapper.writeValueAsString(wonDeal())).isEqualTo(expected);
        assertThat(mapper.readValue(expected, Opportunity.class)).isEqualTo(wonDeal());
    }

    @Test
    void ticket_isWrittenInTheDocumentedShape() throws Exception {
        String expected = compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a40",
                 "details":{"customer":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b","subject":"Invoice missing",
                  "description":"Where is my January invoice?","category":"billing","priority":"HIGH"},
                 "status":"RESOLVED",
                 "queue":"billing",
                 "assignee":"carol",
                 "createdAt":"2026-01-15T09:00:00Z",
                 "firstResponseAt":"2026-01-15T09:30:00Z",
                 "resolvedAt":"2026-01-15T11:00:00Z",
                 "history":[
                  {"from":"NEW","to":"OPEN","at":"2026-01-15T09:30:00Z","by":"carol"},
                  {"from":"OPEN","to":"RESOLVED","at":"2026-01-15T11:00:00Z","by":"carol"}],
                 "updatedAt":"2026-01-15T11:00:00Z",
                 "version":2}
                """);

        assertThat(mapper.writeValueAsString(resolvedTicket())).isEqualTo(expected);
        assertThat(mapper.readValue(expected, Ticket.class)).isEqualTo(resolvedTicket());
    }

    @Test
    void slaPolicy_writesDurationsTimesOfDayAndWorkingDaysInWeekOrder() throws Exception {
        BusinessHours hours = new BusinessHours(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 30, 15),
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        SlaPolicy policy = SlaPolicy.of(TicketPriority.URGENT, Duration.ofHours(1), Duration.ofMinutes(480)).inBusinessHours(hours);

        String json = mapper.writeValueAsString(policy);

        assertThat(json).isEqualTo(compact("""
                {"priority":"URGENT","firstResponse":"PT1H","resolution":"PT8H",
                 "hours":{"zone":"Europe/Berlin","opens":"09:00","closes":"17:30:15","days":["MONDAY","WEDNESDAY","FRIDAY"]}}
                """));
        assertThat(mapper.readValue(json, SlaPolicy.class)).isEqualTo(policy);
    }

    @Test
    void pages_roundTripWithTheirItemTypeAndCursor() throws Exception {
        Page<CustomerId> page = new Page<>(List.of(CustomerId.parse(ADA_ID)), Optional.of(Cursor.of("next-1")));

        String json = mapper.writeValueAsString(page);

        assertThat(json).isEqualTo("{\"items\":[\"" + ADA_ID + "\"],\"next\":\"next-1\"}");
        Page<CustomerId> read = mapper.readValue(json, new TypeReference<Page<CustomerId>>() { });
        assertThat(read).isEqualTo(page);
        assertThat(read.items().get(0)).isInstanceOf(CustomerId.class);
        assertThat(mapper.writeValueAsString(PageRequest.after(Cursor.of("c"), 50))).isEqualTo("{\"after\":\"c\",\"size\":50}");
    }

    // ---------------------------------------------------------------- reading

    @Test
    void reading_throughAJsonTree_givesTheSameValue() throws Exception {
        assertThat(mapper.treeToValue(mapper.valueToTree(ada()), Customer.class)).isEqualTo(ada());
        assertThat(mapper.convertValue(ada(), Customer.class)).isEqualTo(ada());
    }

    @Test
    @Timeout(10)
    void reading_moneyWithAHugeExponent_isRefusedAtOnce() {
        // Regression: Money rescaled before its magnitude check, expanding 1E+99999999 into 10^8 digits.
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue("{\"amount\":\"1E+99999999\",\"currency\":\"EUR\"}", Money.class));

        assertThat(e.getCause()).isInstanceOf(ValidationException.class).hasMessageContaining("10^18");
    }

    @Test
    void reading_discriminatorMayComeLast() throws Exception {
        assertThat(mapper.readValue("{\"name\":\"Acme\",\"kind\":\"organization\"}", CustomerName.class))
                .isEqualTo(new OrganizationName("Acme"));
        assertThat(mapper.readValue("{\"value\":\"7\",\"type\":\"number\"}", AttributeValue.class))
                .isEqualTo(AttributeValue.number(7));
    }

    @Test
    void reading_nullAndOmittedOptionalsAreEmpty_andTextIsTrimmedByTheDomain() throws Exception {
        PersonName name = mapper.readValue("{\"kind\":\"person\",\"givenName\":null,\"familyName\":\"  Lovelace \"}", PersonName.class);

        assertThat(name).isEqualTo(new PersonName(Optional.empty(), "Lovelace"));
    }

    @Test
    void reading_invalidEmailDeepInACustomer_failsWithValidationCauseAndPath() throws Exception {
        String json = mapper.writeValueAsString(ada()).replace("ada@example.com", "ada-at-example.com");

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Customer.class));

        assertThat(e).isInstanceOf(ValueInstantiationException.class);
        assertThat(pathOf(e)).isEqualTo("profile.emails[0].email");
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path).containsExactly("email");
    }

    @Test
    void reading_profileBreakingAConstructorRule_reportsEveryViolationOfTheProfile() throws Exception {
        String json = compact("""
                {"name":{"kind":"organization","name":"Acme"},
                 "emails":[{"email":"a@example.com","primary":true},{"email":"b@example.com","primary":true}],
                 "lifecycleStage":"lead",
                 "affiliation":{"organization":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2c"}}
                """);

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, CustomerProfile.class));

        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("emails", "affiliation");
    }

    @Test
    void reading_unknownProperty_isRejectedEvenWhenTheMapperIgnoresUnknownProperties() {
        ObjectMapper lenient = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        UnrecognizedPropertyException e = catchThrowableOfType(UnrecognizedPropertyException.class,
                () -> lenient.readValue("{\"kind\":\"person\",\"familyName\":\"X\",\"nickname\":\"Y\"}", CustomerName.class));

        assertThat(e.getPropertyName()).isEqualTo("nickname");
        assertThat(pathOf(e)).isEqualTo("nickname");
    }

    @Test
    void reading_missingOrNullRequiredProperty_isAMismatchNamingIt_neverANullPointer() {
        MismatchedInputException missing = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{\"title\":\"Call\"}", TaskDetails.class));
        MismatchedInputException nullId = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{\"id\":null}", Customer.class));

        assertThat(missing).hasMessageContaining("'priority'");
        assertThat(pathOf(missing)).isEqualTo("priority");
        assertThat(pathOf(nullId)).isEqualTo("id");
    }

    @Test
    void reading_repeatedProperty_isRejected() {
        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{\"amount\":\"1\",\"currency\":\"EUR\",\"amount\":\"2\"}", Money.class));

        assertThat(pathOf(e)).isEqualTo("amount");
    }

    @Test
    void reading_moneyWithMoreDigitsThanItsCurrency_failsWithTheDomainsReason() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue("{\"amount\":\"12.5\",\"currency\":\"JPY\"}", Money.class));

        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).violations().get(0).path()).isEqualTo("amount");
    }

    @Test
    void reading_completionTimeOnAnOpenTask_failsWithValidationCause() throws Exception {
        String json = compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b","details":{"title":"Call back","priority":"HIGH"},
                 "status":"OPEN","createdAt":"2026-01-15T09:00:00Z","updatedAt":"2026-01-15T09:01:00Z",
                 "completedAt":"2026-01-15T09:01:00Z","version":1}
                """);

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Task.class));

        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).violations().get(0).path()).isEqualTo("completedAt");
    }

    @Test
    void reading_malformedTextForJdkTypes_isAnInvalidFormatWithPath() {
        InvalidFormatException instant = catchThrowableOfType(InvalidFormatException.class, () -> mapper.readValue(
                "{\"state\":\"GRANTED\",\"recordedAt\":\"yesterday\"}", Consent.class));
        InvalidFormatException kind = catchThrowableOfType(InvalidFormatException.class, () -> mapper.readValue(
                "{\"kind\":\"robot\",\"name\":\"R2\"}", CustomerName.class));
        InvalidFormatException channel = catchThrowableOfType(InvalidFormatException.class, () -> mapper.readValue(
                "{\"name\":{\"kind\":\"organization\",\"name\":\"A\"},\"lifecycleStage\":\"lead\",\"consents\":{\"FAX\":{\"state\":\"UNKNOWN\"}}}",
                CustomerProfile.class));

        assertThat(pathOf(instant)).isEqualTo("recordedAt");
        assertThat(instant.getValue()).isEqualTo("yesterday");
        assertThat(pathOf(kind)).isEqualTo("kind");
        assertThat(pathOf(channel)).isEqualTo("consents.FAX");
    }

    @Test
    void reading_wrongJsonKind_isAMismatchWithPath() {
        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class, () -> mapper.readValue(
                "{\"name\":{\"kind\":\"organization\",\"name\":\"A\"},\"lifecycleStage\":\"lead\",\"tags\":[\"a\",7]}",
                CustomerProfile.class));

        assertThat(pathOf(e)).isEqualTo("tags[1]");
    }

    @Test
    void reading_subtypeDirectly_refusesTheOtherVariant() {
        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{\"kind\":\"organization\",\"name\":\"Acme\"}", PersonName.class));

        assertThat(e).hasMessageContaining("'person'");
    }

    @Test
    void reading_nonCanonicalPhone_failsWithTheDomainsHint() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue("{\"phone\":\"+49 30 901820\"}", dev.cms.core.customer.PhoneContact.class));

        assertThat(pathOf(e)).isEqualTo("phone");
        assertThat(e.getCause()).isInstanceOf(ValidationException.class).hasMessageContaining("+4930901820");
    }

    @Test
    void reading_surveyScoreOutOfItsTypesRange_failsWithValidationCauseAndPath() throws Exception {
        String nps = compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a50",
                 "answer":{"customer":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b","type":"NPS","score":%d,
                  "answeredAt":"2026-01-15T09:00:00Z"},
                 "recordedAt":"2026-01-15T09:00:01Z"}
                """);

        // NPS runs from 0 to 10; CSAT from 1 to 5, so a CSAT of 0 is as wrong as an NPS of 11.
        assertThat(mapper.readValue(nps.formatted(0), SurveyResponse.class).answer().score()).isZero();
        assertThat(mapper.readValue(nps.formatted(10), SurveyResponse.class).answer().score()).isEqualTo(10);
        for (String json : List.of(nps.formatted(11), nps.formatted(-1), nps.formatted(0).replace("NPS", "CSAT"))) {
            JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, SurveyResponse.class));

            assertThat(e).as(json).isInstanceOf(ValueInstantiationException.class);
            assertThat(pathOf(e)).isEqualTo("answer");
            assertThat(e.getCause()).isInstanceOf(ValidationException.class);
            assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path).containsExactly("score");
        }
    }

    @Test
    void reading_pipelineWithTwoWonStages_failsWithTheStageRule() {
        String json = compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a30","name":"Sales",
                 "stages":[
                  {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a31","name":"Lead","probability":10,"kind":"OPEN"},
                  {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a32","name":"Won","probability":100,"kind":"WON"},
                  {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a33","name":"Won again","probability":100,"kind":"WON"},
                  {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a34","name":"Lost","probability":0,"kind":"LOST"}],
                 "createdAt":"2026-01-15T09:00:00Z","updatedAt":"2026-01-15T09:00:00Z","version":0}
                """);

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Pipeline.class));

        assertThat(e).isInstanceOf(ValueInstantiationException.class);
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).violations())
                .extracting(Violation::path, Violation::rejectedValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stages", "2 closed-won"));
        String oneWon = json.replace("\"Won\",\"probability\":100,\"kind\":\"WON\"", "\"Won\",\"probability\":90,\"kind\":\"OPEN\"");
        assertThat(catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(oneWon, Pipeline.class)))
                .as("the same pipeline with only one won stage is fine").isNull();
    }

    @Test
    void reading_stageWithAWonProbabilityBelow100_failsInsideThePipelinesPath() {
        String json = compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a30","name":"Sales",
                 "stages":[
                  {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a31","name":"Lead","probability":10,"kind":"OPEN"},
                  {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a32","name":"Won","probability":90,"kind":"WON"}],
                 "createdAt":"2026-01-15T09:00:00Z","updatedAt":"2026-01-15T09:00:00Z","version":0}
                """);

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Pipeline.class));

        assertThat(pathOf(e)).isEqualTo("stages[1]");
        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path).containsExactly("probability");
    }

    @Test
    void reading_lostReasonOnAWonDeal_failsWithValidationCause() throws Exception {
        String json = mapper.writeValueAsString(wonDeal()).replace("\"status\":\"WON\",", "\"status\":\"WON\",\"lostReason\":\"price\",");

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Opportunity.class));

        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path).containsExactly("lostReason");
    }

    @Test
    @Timeout(10)
    void reading_lineItemWithAHugeQuantity_isRefusedAtOnce() throws Exception {
        // Regression: the deal's amount check multiplied and rescaled the quantity before LineItem bounded it.
        String json = mapper.writeValueAsString(wonDeal()).replace("\"quantity\":\"2\"", "\"quantity\":\"1E+99999999\"");

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Opportunity.class));

        assertThat(pathOf(e)).isEqualTo("details.lineItems[0]");
        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path).containsExactly("quantity");
    }

    @Test
    void reading_inconsistentPurchaseSummary_isAValidationFailureNotAnIllegalArgument() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue("{\"count\":0,\"first\":\"2026-01-15T09:00:00Z\",\"last\":\"2026-01-15T09:00:00Z\"}",
                        PurchaseSummary.class));

        assertThat(e).isInstanceOf(ValueInstantiationException.class);
        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path).containsExactly("first");
    }

    @Test
    void reading_userIdWithSurroundingWhiteSpace_isRejectedNotTrimmed() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue(mapper.writeValueAsString(resolvedTicket()).replace("\"carol\"", "\"carol \""), Ticket.class));

        assertThat(pathOf(e)).isEqualTo("assignee");
        assertThat(e.getCause()).isInstanceOf(ValidationException.class).hasMessageContaining("white space");
    }

    @Test
    void registry_coversEveryPublicRecordAndEnumOfTheApi_exceptTheSupportConfiguration() throws Exception {
        Set<Class<?>> registered = new HashSet<>();
        CodecRegistry.types().forEach(registered::add);
        registered.add(Page.class);
        Path classes = Path.of(CodecRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(classes.resolve("dev/cms/core"))) {
            names = files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("internal") && !f.startsWith("dev/cms/core/json/"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .toList();
        }

        List<String> missing = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, CodecRegistry.class.getClassLoader());
            boolean api = Modifier.isPublic(type.getModifiers()) && (type.getEnclosingClass() == null
                    || Modifier.isPublic(type.getEnclosingClass().getModifiers()));
            if (api && (type.isRecord() || type.isEnum()) && !registered.contains(type)) {
                missing.add(type.getSimpleName());
            }
        }

        assertThat(names).as("classes found").hasSizeGreaterThan(100);
        assertThat(missing).containsExactlyInAnyOrder("SupportQueue", "SupportSettings");
    }
}
