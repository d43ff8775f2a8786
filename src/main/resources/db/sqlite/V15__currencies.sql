-- Expenses in any currency (issue 17, decision 0018). amount_cents stays the amount in the profile's currency (users.
-- currency), so that every total, chart, budget and answer reads what it read before; an expense paid in another
-- currency also keeps what was paid: its ISO 4217 code, the amount in that currency's minor units (JPY has none, BHD
-- three), the rate used (one unit in the profile's currency, as decimal text: never a float) and whether the rate was
-- estimated (no rate known for its date, the nearest earlier one used). All four are null / false for an expense in
-- the profile's currency. A rate changed later never rewrites them. Plain SQL; PostgreSQL has its own copy (an identity id).
alter table expenses add column original_currency varchar(3);
alter table expenses add column original_minor bigint;
alter table expenses add column rate varchar(40);
alter table expenses add column rate_estimated boolean not null default false;

-- The rates a user knows, per day and currency: one unit of currency in quote_currency (the profile's currency when
-- the rate was stored; a profile whose currency changes does not use the old ones). Dates are yyyy-MM-dd text, the
-- rate decimal text; source is entered (typed), file (a rates file) or download (the opt-in ECB download).
create table exchange_rates (
    id              integer      primary key,
    user_id         integer      not null references users (id) on delete cascade,
    rate_date       varchar(10)  not null,
    currency        varchar(3)   not null,
    quote_currency  varchar(3)   not null,
    rate            varchar(40)  not null,
    source          varchar(10)  not null,
    created_at      bigint       not null,
    unique (user_id, quote_currency, currency, rate_date)
);

-- The one network call SpendSense can make, off until the user turns it on: downloading the ECB's reference rates
-- from download_url (null: the ECB's address). One row per user that changed it.
create table rate_settings (
    user_id           integer       primary key references users (id) on delete cascade,
    download_enabled  boolean       not null default false,
    download_url      varchar(2000),
    updated_at        bigint        not null
);
