-- Saved segments, static lists and lead scores (the segmentation ports). A segment's rule is stored as its tree in
-- pre-order: one segment_rule_node row per node (groups record how many children follow), one segment_rule_value
-- row per value of a condition, so a rule needs no serialization format of its own and stays readable in SQL.

create table segment (
    id              uuid                        not null,
    name            varchar(200)                not null,
    description     varchar(2000),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint                      not null,
    constraint pk_segment primary key (id)
);

create table segment_rule_node (
    segment_id      uuid         not null,
    position        integer      not null,
    node_kind       varchar(12)  not null,
    child_count     integer      not null,
    field_name      varchar(200),
    operator        varchar(20),
    metric_kind     varchar(40),
    window_amount   integer,
    window_unit     varchar(10),
    channel         varchar(10),
    currency        varchar(3),
    reference_id    uuid,
    constraint pk_segment_rule_node primary key (segment_id, position),
    constraint fk_segment_rule_node_segment foreign key (segment_id) references segment (id) on delete cascade
);

create table segment_rule_value (
    segment_id      uuid            not null,
    position        integer         not null,
    node_position   integer         not null,
    value_kind      varchar(10)     not null,
    text_value      varchar(1000),
    number_value    numeric(38, 18),
    boolean_value   boolean,
    date_value      date,
    span_amount     integer,
    span_unit       varchar(10),
    money_amount    numeric(22, 4),
    money_currency  varchar(3),
    constraint pk_segment_rule_value primary key (segment_id, position),
    constraint fk_segment_rule_value_segment foreign key (segment_id) references segment (id) on delete cascade
);

create table static_list (
    id              uuid                        not null,
    name            varchar(200)                not null,
    description     varchar(2000),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint                      not null,
    constraint pk_static_list primary key (id)
);

-- Members in unsigned id order per list (the primary key's index), and the lists of a customer.
create table static_list_member (
    list_id         uuid                        not null,
    customer_id     uuid                        not null,
    added_at        timestamp(6) with time zone not null,
    constraint pk_static_list_member primary key (list_id, customer_id),
    constraint fk_static_list_member_list foreign key (list_id) references static_list (id) on delete cascade,
    constraint fk_static_list_member_customer foreign key (customer_id) references customer (id)
);
create index ix_static_list_member_customer on static_list_member (customer_id, list_id);

-- The latest score per customer; segments filter on it (leadScore), hence the index on the score.
create table lead_score (
    customer_id     uuid                        not null,
    score           numeric(38, 18)             not null,
    scored_at       timestamp(6) with time zone not null,
    constraint pk_lead_score primary key (customer_id),
    constraint fk_lead_score_customer foreign key (customer_id) references customer (id)
);
create index ix_lead_score_score on lead_score (score);
