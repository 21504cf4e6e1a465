-- The CMS schema, version 1: every aggregate of the ports in cms-core. One script for H2 (2.x) and PostgreSQL
-- (12+): standard types only. Instants are timestamp(6) with time zone (microseconds, as the core stores them);
-- ids are uuid, which both databases compare as unsigned 128-bit numbers (the core's TypedId order). Constraint
-- names are part of the adapter's contract: JpaFailures maps a violated pk_* to CONCURRENT_MODIFICATION and a
-- violated uq_* to DUPLICATE. Child tables of an aggregate are keyed by (owner id, position) and deleted with it.

-- ---------------------------------------------------------------- customers
create table customer (
    id                      uuid                        not null,
    kind                    varchar(12)                 not null,
    given_name              varchar(100),
    family_name             varchar(100),
    organization_name       varchar(200),
    affiliation_org         uuid,
    affiliation_job_title   varchar(100),
    lifecycle_stage         varchar(50)                 not null,
    lead_source             varchar(100),
    owner_id                varchar(200),
    birth_date              date,
    locale_tag              varchar(100),
    time_zone               varchar(100),
    preferred_channel       varchar(10),
    consent_email_state     varchar(10)                 not null,
    consent_email_at        timestamp(6) with time zone,
    consent_email_source    varchar(100),
    consent_sms_state       varchar(10)                 not null,
    consent_sms_at          timestamp(6) with time zone,
    consent_sms_source      varchar(100),
    consent_phone_state     varchar(10)                 not null,
    consent_phone_at        timestamp(6) with time zone,
    consent_phone_source    varchar(100),
    consent_post_state      varchar(10)                 not null,
    consent_post_at         timestamp(6) with time zone,
    consent_post_source     varchar(100),
    external_id             varchar(200),
    -- How many rows each child table holds for the customer: a read skips the child tables with none, and a segment
    -- tests "has an e-mail address" without touching them.
    email_count             integer                     not null,
    phone_count             integer                     not null,
    address_count           integer                     not null,
    tag_count               integer                     not null,
    attribute_count         integer                     not null,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    version                 bigint                      not null,
    constraint pk_customer primary key (id),
    constraint uq_customer_external_id unique (external_id)
);
-- Fields segments filter on: each a single-column index the planner can combine (bitmap AND/OR on PostgreSQL).
create index ix_customer_lifecycle_stage on customer (lifecycle_stage);
create index ix_customer_owner on customer (owner_id);
create index ix_customer_lead_source on customer (lead_source);
create index ix_customer_created_at on customer (created_at);
create index ix_customer_birth_date on customer (birth_date);
create index ix_customer_affiliation on customer (affiliation_org);
create index ix_customer_consent_email on customer (consent_email_state);
create index ix_customer_consent_sms on customer (consent_sms_state);
create index ix_customer_consent_phone on customer (consent_phone_state);
create index ix_customer_consent_post on customer (consent_post_state);

create table customer_email (
    customer_id     uuid         not null,
    position        integer      not null,
    email           varchar(254) not null,
    email_lower     varchar(254) not null,
    email_domain    varchar(254) not null,
    label           varchar(50),
    is_primary      boolean      not null,
    constraint pk_customer_email primary key (customer_id, position),
    constraint fk_customer_email_customer foreign key (customer_id) references customer (id) on delete cascade
);
-- findByEmail (case-insensitive exact match) and segments on the e-mail domain.
create index ix_customer_email_lower on customer_email (email_lower, customer_id);
create index ix_customer_email_domain on customer_email (email_domain, customer_id);

create table customer_phone (
    customer_id     uuid        not null,
    position        integer     not null,
    e164            varchar(32) not null,
    label           varchar(50),
    is_primary      boolean     not null,
    constraint pk_customer_phone primary key (customer_id, position),
    constraint fk_customer_phone_customer foreign key (customer_id) references customer (id) on delete cascade
);

create table customer_address (
    customer_id     uuid         not null,
    position        integer      not null,
    label           varchar(50),
    line1           varchar(200),
    line2           varchar(200),
    line3           varchar(200),
    line4           varchar(200),
    city            varchar(100),
    region          varchar(100),
    postal_code     varchar(20),
    country_code    varchar(2)   not null,
    constraint pk_customer_address primary key (customer_id, position),
    constraint fk_customer_address_customer foreign key (customer_id) references customer (id) on delete cascade
);
create index ix_customer_address_country on customer_address (country_code, city, customer_id);
create index ix_customer_address_city on customer_address (city, customer_id);

create table customer_tag (
    customer_id     uuid        not null,
    tag             varchar(64) not null,
    constraint pk_customer_tag primary key (customer_id, tag),
    constraint fk_customer_tag_customer foreign key (customer_id) references customer (id) on delete cascade
);
create index ix_customer_tag on customer_tag (tag, customer_id);

-- Custom attribute values: one row per (customer, key), the value in the column of its type, so a segment compares
-- numbers as numbers and dates as dates with an index on (key, value).
create table customer_attribute (
    customer_id     uuid            not null,
    attr_key        varchar(64)     not null,
    value_type      varchar(12)     not null,
    text_value      varchar(1000),
    number_value    numeric(38, 18),
    boolean_value   boolean,
    date_value      date,
    money_amount    numeric(22, 4),
    money_currency  varchar(3),
    constraint pk_customer_attribute primary key (customer_id, attr_key),
    constraint fk_customer_attribute_customer foreign key (customer_id) references customer (id) on delete cascade
);
create index ix_customer_attribute_text on customer_attribute (attr_key, text_value);
create index ix_customer_attribute_number on customer_attribute (attr_key, number_value);
create index ix_customer_attribute_date on customer_attribute (attr_key, date_value);
create index ix_customer_attribute_money on customer_attribute (attr_key, money_currency, money_amount);

create table attribute_definition (
    attr_key        varchar(64)  not null,
    label           varchar(100) not null,
    value_type      varchar(12)  not null,
    required        boolean      not null,
    currency        varchar(3),
    constraint pk_attribute_definition primary key (attr_key)
);

create table attribute_option (
    attr_key        varchar(64)  not null,
    position        integer      not null,
    option_value    varchar(100) not null,
    constraint pk_attribute_option primary key (attr_key, position),
    constraint fk_attribute_option_definition foreign key (attr_key) references attribute_definition (attr_key) on delete cascade
);

-- ---------------------------------------------------------------- interactions
create table interaction (
    id              uuid                        not null,
    customer_id     uuid                        not null,
    channel         varchar(10)                 not null,
    direction       varchar(10)                 not null,
    occurred_at     timestamp(6) with time zone not null,
    subject         varchar(500),
    body            varchar(100000),
    duration_millis bigint,
    outcome         varchar(200),
    opportunity_id  uuid,
    ticket_id       uuid,
    task_id         uuid,
    logged_by       varchar(200)                not null,
    logged_at       timestamp(6) with time zone not null,
    constraint pk_interaction primary key (id),
    constraint fk_interaction_customer foreign key (customer_id) references customer (id)
);
-- The timeline: one customer's interactions by (occurred_at, id) descending, read as a backward index scan.
create index ix_interaction_timeline on interaction (customer_id, occurred_at, id);

-- ---------------------------------------------------------------- tasks
create table task (
    id              uuid                        not null,
    title           varchar(200)                not null,
    description     varchar(10000),
    due_at          timestamp(6) with time zone,
    priority        varchar(10)                 not null,
    assignee        varchar(200),
    customer_id     uuid,
    opportunity_id  uuid,
    ticket_id       uuid,
    remind_at       timestamp(6) with time zone,
    status          varchar(12)                 not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    completed_at    timestamp(6) with time zone,
    version         bigint                      not null,
    constraint pk_task primary key (id),
    constraint fk_task_customer foreign key (customer_id) references customer (id)
);
create index ix_task_due on task (due_at, id);
create index ix_task_assignee on task (assignee, created_at, id);
create index ix_task_customer on task (customer_id, created_at, id);

-- ---------------------------------------------------------------- pipelines and deals
create table pipeline (
    id              uuid                        not null,
    name            varchar(100)                not null,
    -- true for the default pipeline, null for the others: the unique constraint allows one default and any number
    -- of others (nulls are distinct), without a partial index H2 lacks.
    default_marker  boolean,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint                      not null,
    constraint pk_pipeline primary key (id),
    constraint uq_pipeline_default unique (default_marker)
);

create table pipeline_stage (
    pipeline_id     uuid         not null,
    position        integer      not null,
    stage_id        uuid         not null,
    name            varchar(100) not null,
    probability     integer      not null,
    kind            varchar(10)  not null,
    constraint pk_pipeline_stage primary key (pipeline_id, position),
    constraint fk_pipeline_stage_pipeline foreign key (pipeline_id) references pipeline (id) on delete cascade
);

create table opportunity (
    id              uuid                        not null,
    customer_id     uuid                        not null,
    name            varchar(200)                not null,
    amount          numeric(22, 4)              not null,
    currency        varchar(3)                  not null,
    expected_close  date,
    probability     integer,
    owner_id        varchar(200),
    source          varchar(100),
    pipeline_id     uuid                        not null,
    stage_id        uuid                        not null,
    status          varchar(10)                 not null,
    lost_reason     varchar(500),
    line_count      integer                     not null,
    closed_at       timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint                      not null,
    constraint pk_opportunity primary key (id),
    constraint fk_opportunity_customer foreign key (customer_id) references customer (id)
);
create index ix_opportunity_customer on opportunity (customer_id, created_at, id);
create index ix_opportunity_stage on opportunity (pipeline_id, stage_id, created_at, id);

create table opportunity_line (
    opportunity_id  uuid            not null,
    position        integer         not null,
    product_code    varchar(64)     not null,
    name            varchar(200)    not null,
    quantity        numeric(18, 6)  not null,
    unit_price      numeric(22, 4)  not null,
    discount_percent numeric(7, 4)  not null,
    constraint pk_opportunity_line primary key (opportunity_id, position),
    constraint fk_opportunity_line_opportunity foreign key (opportunity_id) references opportunity (id) on delete cascade
);

create table opportunity_stage_change (
    opportunity_id  uuid                        not null,
    position        integer                     not null,
    from_stage      uuid,
    to_stage        uuid                        not null,
    changed_at      timestamp(6) with time zone not null,
    changed_by      varchar(200)                not null,
    constraint pk_opportunity_stage_change primary key (opportunity_id, position),
    constraint fk_opportunity_stage_change_opportunity foreign key (opportunity_id) references opportunity (id) on delete cascade
);

-- ---------------------------------------------------------------- purchases
create table purchase (
    id                  uuid                        not null,
    customer_id         uuid                        not null,
    occurred_at         timestamp(6) with time zone not null,
    total               numeric(22, 4)              not null,
    currency            varchar(3)                  not null,
    refunded            numeric(22, 4)              not null,
    channel             varchar(15)                 not null,
    external_order_id   varchar(200),
    opportunity_id      uuid,
    status              varchar(20)                 not null,
    line_count          integer                     not null,
    recorded_at         timestamp(6) with time zone not null,
    version             bigint                      not null,
    constraint pk_purchase primary key (id),
    constraint uq_purchase_external_order_id unique (external_order_id),
    constraint fk_purchase_customer foreign key (customer_id) references customer (id)
);
create index ix_purchase_customer on purchase (customer_id, occurred_at, id);

create table purchase_line (
    purchase_id     uuid            not null,
    position        integer         not null,
    product_code    varchar(64)     not null,
    name            varchar(200)    not null,
    quantity        numeric(18, 6)  not null,
    unit_price      numeric(22, 4)  not null,
    discount_percent numeric(7, 4)  not null,
    constraint pk_purchase_line primary key (purchase_id, position),
    constraint fk_purchase_line_purchase foreign key (purchase_id) references purchase (id) on delete cascade
);

-- ---------------------------------------------------------------- tickets
create table ticket (
    id                  uuid                        not null,
    customer_id         uuid                        not null,
    subject             varchar(300)                not null,
    description         varchar(100000),
    category            varchar(100),
    priority            varchar(10)                 not null,
    status              varchar(10)                 not null,
    queue_name          varchar(100),
    assignee            varchar(200),
    created_at          timestamp(6) with time zone not null,
    first_response_at   timestamp(6) with time zone,
    resolved_at         timestamp(6) with time zone,
    history_count       integer                     not null,
    updated_at          timestamp(6) with time zone not null,
    version             bigint                      not null,
    constraint pk_ticket primary key (id),
    constraint fk_ticket_customer foreign key (customer_id) references customer (id)
);
create index ix_ticket_customer on ticket (customer_id, created_at, id);
create index ix_ticket_queue on ticket (queue_name, status, created_at, id);
create index ix_ticket_assignee on ticket (assignee, status, created_at, id);

create table ticket_status_change (
    ticket_id       uuid                        not null,
    position        integer                     not null,
    from_status     varchar(10)                 not null,
    to_status       varchar(10)                 not null,
    changed_at      timestamp(6) with time zone not null,
    changed_by      varchar(200)                not null,
    reason          varchar(500),
    constraint pk_ticket_status_change primary key (ticket_id, position),
    constraint fk_ticket_status_change_ticket foreign key (ticket_id) references ticket (id) on delete cascade
);

-- ---------------------------------------------------------------- feedback
create table survey_response (
    id              uuid                        not null,
    customer_id     uuid                        not null,
    survey_type     varchar(10)                 not null,
    score           integer                     not null,
    comment_text    varchar(10000),
    answered_at     timestamp(6) with time zone not null,
    ticket_id       uuid,
    interaction_id  uuid,
    recorded_at     timestamp(6) with time zone not null,
    constraint pk_survey_response primary key (id),
    constraint fk_survey_response_customer foreign key (customer_id) references customer (id)
);
create index ix_survey_response_customer on survey_response (customer_id, answered_at, id);
create index ix_survey_response_type on survey_response (customer_id, survey_type, answered_at, id);
