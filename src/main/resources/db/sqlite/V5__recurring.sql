-- Recurring expenses: templates, and a record of every occurrence date already generated for each template.
-- Occurrences are created "exactly once": the primary key (template_id, occurrence_date) with insert-or-ignore makes a
-- second process's attempt a no-op, and the record outlives the expense (expense_id becomes null when the user deletes
-- it), so a skipped occurrence is never created again. generated_through only moves forward, so a clock that went
-- backwards generates nothing.
create table recurring_templates (
    id                 integer primary key,
    user_id            integer      not null references users (id) on delete cascade,
    category_id        integer      not null references categories (id) on delete cascade,
    amount_cents       bigint       not null check (amount_cents > 0 and amount_cents <= 100000000000),
    payee              varchar(200) not null default '',
    description        varchar(500) not null default '',
    schedule_kind      varchar(10)  not null,          -- MONTHLY, WEEKLY, YEARLY, DAILY
    schedule_every     integer      not null default 1,
    schedule_day       integer      not null default 0, -- day of month (MONTHLY) or ISO weekday (WEEKLY)
    start_date         date         not null,
    end_date           date,
    generated_through  date,
    created_at         bigint       not null,
    updated_at         bigint       not null
);
create index ix_recurring_templates_user on recurring_templates (user_id);

create table recurring_occurrences (
    template_id      integer not null references recurring_templates (id) on delete cascade,
    occurrence_date  date    not null,
    expense_id       integer references expenses (id) on delete set null,
    primary key (template_id, occurrence_date)
);
create index ix_recurring_occurrences_expense on recurring_occurrences (expense_id);
