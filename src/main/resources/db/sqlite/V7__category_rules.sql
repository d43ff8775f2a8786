-- Auto-categorization rules, applied in position order (the first that matches wins) when an expense is added or
-- imported: when the payee or description contains / equals / matches a regex [and the amount is in a range], set
-- the category (and optionally the payee name).
create table category_rules (
    id           integer primary key,
    user_id      integer      not null references users (id) on delete cascade,
    position     integer      not null,
    field        varchar(12)  not null,   -- PAYEE, DESCRIPTION, EITHER
    match_kind   varchar(10)  not null,   -- CONTAINS, EQUALS, REGEX
    pattern      varchar(200) not null,
    min_cents    bigint,
    max_cents    bigint,
    category_id  integer      not null references categories (id) on delete cascade,
    set_payee    varchar(200),
    created_at   bigint       not null
);
create index ix_category_rules_user on category_rules (user_id, position);
