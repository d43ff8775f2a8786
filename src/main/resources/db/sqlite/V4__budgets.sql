-- Budgets: a monthly limit per category, or one overall limit per user (category_id null). With rollover, what was
-- left (or overspent) in a month carries into the next, counted from start_month (see docs/budgets-and-insights.md).
create table budgets (
    id           integer primary key,
    user_id      integer     not null references users (id) on delete cascade,
    category_id  integer     references categories (id) on delete cascade,   -- null: the overall budget
    limit_cents  bigint      not null check (limit_cents > 0 and limit_cents <= 100000000000),
    rollover     boolean     not null default false,
    start_month  varchar(7)  not null,                                        -- yyyy-MM
    created_at   bigint      not null,
    updated_at   bigint      not null
);

-- One budget per category and one overall budget per user. Two partial indexes, because a unique index treats
-- every null category as distinct.
create unique index ux_budgets_user_category on budgets (user_id, category_id) where category_id is not null;
create unique index ux_budgets_user_overall on budgets (user_id) where category_id is null;
