-- Limit history: a budget's limit applies from a month on, so a changed limit leaves earlier months as they were.
-- The limit of month m is the row with the latest from_month <= m; the first row is at the budget's start month.
-- budgets.limit_cents stays and holds the latest limit (the repository keeps it in step).
create table budget_limits (
    id           integer primary key,
    budget_id    integer     not null references budgets (id) on delete cascade,
    from_month   varchar(7)  not null,                                        -- yyyy-MM
    limit_cents  bigint      not null check (limit_cents > 0 and limit_cents <= 100000000000),
    unique (budget_id, from_month)
);

-- Every existing budget had one limit for all its months: that limit, from its start month.
insert into budget_limits (budget_id, from_month, limit_cents)
select id, start_month, limit_cents from budgets;
