-- Per user, month and category: the sum and count of expenses, kept by triggers on expenses (the PostgreSQL version
-- of db/sqlite/V2__expense_month_totals.sql; decision 0017). The table is the same; the triggers are statement-level
-- triggers in PL/pgSQL with transition tables: one aggregate per statement rather than per row, so that a bulk load
-- (COPY) keeps the totals in one set-based statement and needs no trigger dropped, and a one-row insert costs one
-- small upsert. An update that moves no money between months or categories (a changed note) changes nothing here.

create table expense_month_totals (
    user_id        integer     not null references users (id) on delete cascade,
    month          varchar(7)  collate "C" not null,            -- yyyy-MM of expenses.expense_date
    category_id    integer     not null references categories (id) on delete cascade,
    total_cents    bigint      not null,
    expense_count  integer     not null,
    primary key (user_id, month, category_id)
);

create function expense_month_totals_after_insert() returns trigger language plpgsql as $$
begin
    insert into expense_month_totals as t (user_id, month, category_id, total_cents, expense_count)
        select user_id, to_char(expense_date, 'YYYY-MM'), category_id, sum(amount_cents), count(*)
        from new_rows group by 1, 2, 3
    on conflict (user_id, month, category_id) do update
        set total_cents = t.total_cents + excluded.total_cents,
            expense_count = t.expense_count + excluded.expense_count;
    return null;
end
$$;

create function expense_month_totals_after_delete() returns trigger language plpgsql as $$
begin
    update expense_month_totals t
        set total_cents = t.total_cents - o.total_cents, expense_count = t.expense_count - o.expense_count
        from (select user_id, to_char(expense_date, 'YYYY-MM') as month, category_id,
                     sum(amount_cents) as total_cents, count(*) as expense_count
              from old_rows group by 1, 2, 3) o
        where t.user_id = o.user_id and t.month = o.month and t.category_id = o.category_id;
    delete from expense_month_totals t
        using (select distinct user_id, to_char(expense_date, 'YYYY-MM') as month, category_id from old_rows) o
        where t.user_id = o.user_id and t.month = o.month and t.category_id = o.category_id
          and t.expense_count = 0;
    return null;
end
$$;

-- An update trigger with transition tables cannot name its columns (PostgreSQL), so it nets what leaves each month
-- and category against what arrives and writes only the keys whose sum or count changed.
create function expense_month_totals_after_update() returns trigger language plpgsql as $$
begin
    insert into expense_month_totals as t (user_id, month, category_id, total_cents, expense_count)
        select user_id, month, category_id, sum(cents), sum(n)
        from (select user_id, to_char(expense_date, 'YYYY-MM') as month, category_id, -amount_cents as cents, -1 as n
              from old_rows
              union all
              select user_id, to_char(expense_date, 'YYYY-MM'), category_id, amount_cents, 1 from new_rows) d
        group by 1, 2, 3
        having sum(cents) <> 0 or sum(n) <> 0
    on conflict (user_id, month, category_id) do update
        set total_cents = t.total_cents + excluded.total_cents,
            expense_count = t.expense_count + excluded.expense_count;
    delete from expense_month_totals t
        using (select distinct user_id, to_char(expense_date, 'YYYY-MM') as month, category_id from old_rows) o
        where t.user_id = o.user_id and t.month = o.month and t.category_id = o.category_id
          and t.expense_count = 0;
    return null;
end
$$;

create trigger expense_month_totals_insert after insert on expenses
    referencing new table as new_rows for each statement execute function expense_month_totals_after_insert();
create trigger expense_month_totals_delete after delete on expenses
    referencing old table as old_rows for each statement execute function expense_month_totals_after_delete();
create trigger expense_month_totals_update after update on expenses
    referencing old table as old_rows new table as new_rows
    for each statement execute function expense_month_totals_after_update();

-- Expenses that exist before this migration.
insert into expense_month_totals (user_id, month, category_id, total_cents, expense_count)
    select user_id, to_char(expense_date, 'YYYY-MM'), category_id, sum(amount_cents), count(*)
    from expenses group by 1, 2, 3;
