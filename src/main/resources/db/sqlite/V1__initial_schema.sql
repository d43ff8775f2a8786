-- SpendSense schema, version 1. Money is stored in integer minor units (cents); dates as ISO yyyy-MM-dd;
-- instants as epoch milliseconds. Keep this file portable SQL: a PostgreSQL backend will follow.

create table users (
    id              integer primary key,
    username        varchar(32)  not null,
    username_key    varchar(32)  not null unique,   -- lower-cased username: uniqueness ignores case
    display_name    varchar(100) not null,
    email           varchar(254),
    password_hash   varchar(100) not null,
    currency        varchar(3)   not null default 'USD',
    created_at      bigint       not null,
    updated_at      bigint       not null,
    failed_logins   integer      not null default 0,
    locked_until    bigint
);

create table categories (
    id          integer primary key,
    user_id     integer      not null references users (id) on delete cascade,
    name        varchar(60)  not null,
    name_key    varchar(60)  not null,               -- lower-cased name: unique per user ignoring case
    color       varchar(9)   not null,
    synonyms    varchar(2000) not null default '',   -- '|'-separated, lower case
    archived    boolean      not null default false,
    unique (user_id, name_key)
);

create table expenses (
    id            integer primary key,
    user_id       integer      not null references users (id) on delete cascade,
    category_id   integer      not null references categories (id),
    amount_cents  bigint       not null check (amount_cents > 0 and amount_cents <= 100000000000),
    expense_date  date         not null,
    description   varchar(500) not null default '',
    payee         varchar(200) not null default '',
    notes         varchar(4000),
    created_at    bigint       not null,
    updated_at    bigint       not null
);

-- Covering index for period totals, per-category and per-month summaries of one user.
create index ix_expenses_user_date on expenses (user_id, expense_date, category_id, amount_cents);
-- Category-first access: one category's trend, category filters, merging categories.
create index ix_expenses_user_category on expenses (user_id, category_id, expense_date, amount_cents);
create index ix_expenses_category on expenses (category_id);
