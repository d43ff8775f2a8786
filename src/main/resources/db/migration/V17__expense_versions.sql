-- Optimistic locking of expenses (issue 16, decision 0017): every change of an expense counts up its version, so that
-- an edit made from what someone saw before another computer changed the expense is refused instead of overwriting
-- it. Numbered 17: 15 and 16 are being written in parallel. Portable: one file for both databases.
alter table expenses add column version integer not null default 0;
