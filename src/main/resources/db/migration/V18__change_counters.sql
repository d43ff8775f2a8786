-- Each profile's change counter (issue 16, decision 0021): every transaction that changes a profile's data raises its
-- row by one, once, beside its own changes, so that another window or computer open on the same database sees that
-- something changed by reading one row about once a second. No trigger on expenses: a bulk import of a million rows
-- raises the counter once, not once per row. A profile without a row has changed 0 times.
create table change_counters (
    user_id  integer  not null primary key references users (id) on delete cascade,
    changes  bigint   not null
);
