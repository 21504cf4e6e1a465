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
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.money.Money;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.task.Priority;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CmsJacksonModuleTest {
    private static final String ADA_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b";
    private static final String ENGINES_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2c";
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
}
