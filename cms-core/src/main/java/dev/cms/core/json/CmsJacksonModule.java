package dev.cms.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.cms.core.Page;
import java.io.Serial;

/**
 * Registers JSON serializers and deserializers for every value type of the core with a Jackson {@code ObjectMapper}:
 * {@code new ObjectMapper().registerModule(new CmsJacksonModule())}. Nothing else is needed: the module handles the
 * {@code Optional}, {@code java.time} and {@code Locale} parts of our types itself, and leaves the mapper's handling of
 * those JDK types elsewhere in the application untouched.
 *
 * <p>Covered are the records and enums of the customer, interaction, task, sales, commerce, support, feedback,
 * segment, access and money packages, their domain events, {@code Page}, {@code PageRequest}, {@code Cursor}, {@code Violation},
 * {@code ConflictException.Reason}, the customer 360 view ({@code CustomerView} with its {@code OpportunityLine} and
 * {@code TicketLine}) and the SPI's keyset positions ({@code TimelinePosition}, {@code TaskPosition}...). Two types
 * have no JSON form: {@code SupportQueue} and {@code SupportSettings}, which hold an {@code AssignmentStrategy}, a
 * function; configure support in code.
 *
 * <h2>The JSON shape</h2>
 * <ul>
 *   <li>Records are JSON objects whose properties are the record components, in declaration order.</li>
 *   <li>An empty {@code Optional} is omitted; on input, an omitted property and {@code null} both mean empty.
 *       Lists, sets and maps are always written ({@code []}, {@code {}}) and read as empty when omitted or
 *       {@code null}; so are flags ({@code "primary"}, {@code "required"}: false) and the {@code links} of
 *       interactions and tasks ({@code {}}), and {@code "defaultPipeline"}. Sets are written sorted (enums, such as
 *       a routing rule's {@code "priorities"} or business hours' {@code "days"}, in declaration order), maps in key
 *       order (enum order for consents).</li>
 *   <li>Typed ids ({@code CustomerId}, {@code TaskId}, {@code PipelineId}, {@code StageId}, {@code PurchaseId},
 *       {@code SurveyResponseId}...) are plain UUID strings; {@code Email}, {@code Phone} (E.164,
 *       {@code "+4930901820"}), {@code ExternalId}, {@code ExternalOrderId}, {@code UserId}, {@code LifecycleStage}
 *       (its key) and {@code Cursor} (its token) are plain strings.</li>
 *   <li>{@code Money} is {@code {"amount":"12.50","currency":"EUR"}}: the amount is a string at the currency's scale
 *       so JavaScript loses no digit (a JSON number is accepted on input); the currency is its ISO 4217 code. Other
 *       decimals are strings too: a line item's {@code "quantity":"1.5"} and {@code "discountPercent":"10"}.</li>
 *   <li>{@code Instant}: ISO-8601 in UTC ({@code "2026-01-15T09:00:00Z"}, fractions as needed up to microseconds);
 *       {@code LocalDate}: {@code "1815-12-10"}; {@code LocalTime}: {@code "09:00"} (seconds and fractions as
 *       needed); {@code Duration}: ISO-8601 ({@code "PT1H30M"}); {@code Locale}: a BCP 47 language tag
 *       ({@code "de-AT"}); {@code ZoneId}: its id ({@code "Europe/Berlin"}); {@code Currency}: its code;
 *       {@code DayOfWeek}: its name ({@code "MONDAY"}).</li>
 *   <li>Enums are written as their names ({@code "EMAIL"}, {@code "IN_PROGRESS"}).</li>
 *   <li>{@code CustomerName} carries a {@code "kind"} discriminator: {@code {"kind":"person","givenName":"Ada",
 *       "familyName":"Lovelace"}} or {@code {"kind":"organization","name":"Analytical Engines Ltd"}}.</li>
 *   <li>{@code AttributeValue} carries a {@code "type"} discriminator, the lower-case {@code AttributeType}, and a
 *       {@code "value"}: {@code {"type":"text","value":"..."}}, {@code {"type":"number","value":"42.5"}} (a string
 *       in plain notation; numbers are bounded like a SQL {@code NUMERIC(38,18)}),
 *       {@code {"type":"boolean","value":true}},
 *       {@code {"type":"date","value":"2026-01-15"}},
 *       {@code {"type":"money","value":{"amount":"9.99","currency":"EUR"}}}, {@code {"type":"enumeration",
 *       "value":"gold"}}. Discriminators are written first but may appear anywhere on input.</li>
 *   <li>{@code Page} is {@code {"items":[...],"next":"cursor"}}; read it with a type reference such as
 *       {@code new TypeReference<Page<Customer>>() {}}. {@code PageRequest} is {@code {"after":"cursor","size":50}}.</li>
 *   <li>Domain events are objects of their components, e.g. {@code TaskStatusChanged}: {@code {"task":{...},
 *       "from":"OPEN","to":"DONE","actor":"alice","occurredAt":"..."}}; they carry no type discriminator.</li>
 *   <li>Histories are arrays, oldest first: a deal's {@code "history"} of stage changes
 *       {@code {"from":"<stage id>","to":"<stage id>","at":"...","by":"alice"}} (no {@code "from"} in the first
 *       entry), a ticket's {@code "history"} of status changes {@code {"from":"NEW","to":"OPEN","at":"...",
 *       "by":"alice"}} (with a {@code "reason"} when reopened).</li>
 *   <li>Segmentation rules ({@code Rule} and each of its records), their values ({@code RuleValue} and each kind) and
 *       {@code Metric} have the rule JSON format of {@link RuleJson}, for example a segment's {@code "rule":
 *       {"all":[{"field":"country","op":"eq","value":"DE"}]}}. The constants of the rule language keep their rule
 *       names rather than their Java names: {@code Operator} ({@code "not_in"}), {@code MetricKind}
 *       ({@code "totalSpend"}), {@code SpanUnit} ({@code "days"}), {@code ValueType} ({@code "anniversary"}) and
 *       {@code Operator.Arity} ({@code "many"}). A bare JSON string read as {@code RuleValue} is refused, since only an
 *       operator tells a text from a date: read {@code RuleValue.Text} or {@code RuleValue.Date}. A
 *       {@code FieldRegistry} is written, not read, for front ends that build rules: {@code {"fields":[...],
 *       "operators":{"text":["eq",...],...}}}, each field a {@code FieldDefinition} ({@code {"name":"country",
 *       "type":"text","multiValued":true,"description":"..."}}) and, per value type, the operators it allows. Lead
 *       scoring models, scoring rules and score cards hold their rules in the same format and their points as
 *       decimal strings: {@code {"name":"VIP","rule":{...},"points":"25","decay":{"halfLifeDays":30}}}.</li>
 * </ul>
 *
 * <p>A customer:
 * <pre>{@code
 * {
 *   "id": "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b",
 *   "profile": {
 *     "name": {"kind": "person", "givenName": "Ada", "familyName": "Lovelace"},
 *     "emails": [{"email": "ada@example.com", "label": "work", "primary": true}],
 *     "phones": [{"phone": "+4930901820", "primary": true}],
 *     "addresses": [{"lines": ["12 St James's Square"], "city": "London", "postalCode": "SW1Y 4JH", "countryCode": "GB"}],
 *     "affiliation": {"organization": "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2c", "jobTitle": "Analyst"},
 *     "lifecycleStage": "customer",
 *     "leadSource": "webinar",
 *     "owner": "alice",
 *     "tags": ["mathematics", "vip"],
 *     "birthDate": "1815-12-10",
 *     "locale": "en-GB",
 *     "timeZone": "Europe/London",
 *     "preferredChannel": "EMAIL",
 *     "consents": {"EMAIL": {"state": "GRANTED", "recordedAt": "2026-01-15T09:00:00Z", "source": "signup-form"}},
 *     "externalId": "shop-42",
 *     "attributes": {
 *       "lifetime_value": {"type": "money", "value": {"amount": "1250.00", "currency": "EUR"}},
 *       "tier": {"type": "enumeration", "value": "gold"}
 *     }
 *   },
 *   "createdAt": "2026-01-15T09:00:00Z",
 *   "updatedAt": "2026-01-16T10:30:00.123456Z",
 *   "version": 3
 * }
 * }</pre>
 *
 * <p>A deal that was won, with its stage history:
 * <pre>{@code
 * {
 *   "id": "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2d",
 *   "details": {
 *     "customer": "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b",
 *     "name": "Engines - 2 licences",
 *     "amount": {"amount": "1800.00", "currency": "EUR"},
 *     "expectedClose": "2026-03-31",
 *     "owner": "bob",
 *     "lineItems": [{"productCode": "LIC-1", "name": "Licence", "quantity": "2",
 *                    "unitPrice": {"amount": "1000.00", "currency": "EUR"}, "discountPercent": "10"}]
 *   },
 *   "pipeline": "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a30",
 *   "stage": "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a33",
 *   "status": "WON",
 *   "closedAt": "2026-02-01T15:00:00Z",
 *   "history": [
 *     {"to": "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a31", "at": "2026-01-15T09:00:00Z", "by": "bob"},
 *     {"from": "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a31", "to": "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a33",
 *      "at": "2026-02-01T15:00:00Z", "by": "bob"}
 *   ],
 *   "createdAt": "2026-01-15T09:00:00Z",
 *   "updatedAt": "2026-02-01T15:00:00Z",
 *   "version": 1
 * }
 * }</pre>
 *
 * <h2>Reading</h2>
 * Every value is built through its canonical constructor, so all the domain's validation applies. Input is strict:
 * <ul>
 *   <li>a value the domain rejects fails with a {@code ValueInstantiationException} whose cause is the
 *       {@link dev.cms.core.ValidationException}, with its violations;</li>
 *   <li>an unknown property fails with an {@code UnrecognizedPropertyException}, whatever the mapper's
 *       {@code FAIL_ON_UNKNOWN_PROPERTIES} says; a repeated property, a missing required one, {@code null} where a
 *       value is required or a JSON value of the wrong kind fails with a {@code MismatchedInputException}; malformed
 *       text for an instant, date, duration, locale, zone, decimal, enum or discriminator fails with an
 *       {@code InvalidFormatException}.</li>
 * </ul>
 * A rule is read as a whole: every problem inside it, unknown properties included, is a violation of one
 * {@code ValueInstantiationException} whose path leads to the rule and whose {@code ValidationException} cause names
 * each problem's path inside the rule ({@code all[0].op}), as {@link RuleJson#read(String)} does.
 * All of them are {@code JsonMappingException}s whose {@code getPath()} leads to the offending value; for an invalid
 * e-mail address in a customer, {@code getPathReference()} reads (package names shortened here)
 * {@code Customer["profile"]->CustomerProfile["emails"]->java.util.List[0]->EmailContact["email"]}.
 */
// "exports": this public type extends a Jackson class although Jackson is only `requires static` (optional), so
// applications that never use JSON do not need it; those that do already depend on Jackson to have an ObjectMapper.
@SuppressWarnings("exports")
public final class CmsJacksonModule extends SimpleModule {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the module with a serializer and a deserializer for each of the core's value types. */
    public CmsJacksonModule() {
        super("cms");
        for (Class<?> type : CodecRegistry.types()) {
            register(type);
        }
        addSerializer(new PageSerializer());
        addSerializer(new FieldRegistrySerializer());
        addDeserializer(Page.class, new PageDeserializer());
    }

    private <T> void register(Class<T> type) {
        addSerializer(type, new CodecSerializer<>(type));
        addDeserializer(type, new CodecDeserializer<>(type));
    }
}
