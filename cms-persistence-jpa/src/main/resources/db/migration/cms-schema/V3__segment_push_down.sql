-- Segment push-down (JpaCustomerQueries turns a rule into one SQL query). Text conditions ignore case the way the
-- core does, String.toLowerCase(Locale.ROOT) in Java, which the databases' lower() does not reproduce (İ, ß, the
-- Kelvin sign, locale-dependent collations): so every text field a rule can name gets a *_lower shadow column that
-- the mapper fills in Java, and queries compare it with parameters lower-cased in Java. A lower-case form can be
-- longer than the original (İ becomes i and a combining dot), hence the doubled lengths.
--
-- Rows written before this version are back-filled here with the database's lower(), which equals Java's for every
-- text without such characters; the next update of a customer rewrites its shadows in Java.

alter table customer add column name_lower varchar(400);
alter table customer add column given_name_lower varchar(200);
alter table customer add column family_name_lower varchar(200);
alter table customer add column lead_source_lower varchar(200);
alter table customer add column owner_lower varchar(400);
-- The birth date's month * 100 + day: "birthday within the next N days" becomes ranges of this number.
alter table customer add column birth_month_day integer;
update customer set
    name_lower = lower(case when kind = 'PERSON' then coalesce(given_name || ' ', '') || family_name else organization_name end),
    given_name_lower = lower(given_name),
    family_name_lower = lower(family_name),
    lead_source_lower = lower(lead_source),
    owner_lower = lower(owner_id),
    birth_month_day = extract(month from birth_date) * 100 + extract(day from birth_date);
alter table customer alter column name_lower set not null;

alter table customer_email add column email_domain_lower varchar(508);
update customer_email set email_domain_lower = lower(email_domain);
alter table customer_email alter column email_domain_lower set not null;

alter table customer_address add column city_lower varchar(200);
alter table customer_address add column country_lower varchar(2);
update customer_address set city_lower = lower(city), country_lower = lower(country_code);
alter table customer_address alter column country_lower set not null;

alter table customer_attribute add column text_lower varchar(2000);
update customer_attribute set text_lower = lower(text_value);

-- Fields segments filter on most, beyond those of V1 and V2 (lifecycle stage, owner, lead source, created, birth
-- date, consents, e-mail domain, country and city, tags, attributes, lead score already have theirs).
create index ix_customer_name_lower on customer (name_lower);
create index ix_customer_family_name_lower on customer (family_name_lower);
create index ix_customer_lead_source_lower on customer (lead_source_lower);
create index ix_customer_owner_lower on customer (owner_lower);
create index ix_customer_birth_month_day on customer (birth_month_day);
create index ix_customer_updated_at on customer (updated_at);
create index ix_customer_email_domain_lower on customer_email (email_domain_lower, customer_id);
create index ix_customer_phone_e164 on customer_phone (e164, customer_id);
create index ix_customer_address_country_lower on customer_address (country_lower, customer_id);
create index ix_customer_address_city_lower on customer_address (city_lower, customer_id);
create index ix_customer_attribute_text_lower on customer_attribute (attr_key, text_lower);
-- Derived metrics: open deals and tickets per customer, NPS answers per customer, interactions per channel.
create index ix_opportunity_customer_status on opportunity (customer_id, status, currency);
create index ix_ticket_customer_status on ticket (customer_id, status);
create index ix_interaction_customer_channel on interaction (customer_id, channel, occurred_at);
create index ix_pipeline_stage_stage on pipeline_stage (pipeline_id, stage_id);
