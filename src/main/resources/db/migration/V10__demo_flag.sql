-- Marks the generated demo profile ("spendsense demo", "Explore a demo profile") so that it can be told from a real
-- one. Numbered 10 so that it cannot collide with the budgets migrations (V4..V9) being written in parallel.
alter table users add column is_demo boolean not null default false;
