-- Insights (unusual spending) the user dismissed: one row per expense and kind of insight, so a dismissed one is not
-- shown again while other kinds about the same expense still are.
create table dismissed_insights (
    user_id       integer      not null references users (id) on delete cascade,
    expense_id    integer      not null references expenses (id) on delete cascade,
    kind          varchar(20)  not null,   -- UNUSUAL, FIRST_PAYEE, DUPLICATE
    dismissed_at  bigint       not null,
    primary key (user_id, expense_id, kind)
);
