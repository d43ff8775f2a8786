-- A profile's own amounts are stored at its currency's scale (decision 0018, 2026-12-04): hundredths as before for
-- every currency with at most two decimals (JPY, USD, EUR, ...: nothing changes), thousandths for the currencies with
-- three (BHD, IQD, JOD, KWD, LYD, OMR, TND) and for CLF (four, kept to three). Their stored hundredths become
-- thousandths: ten times the units, the same amounts. The month totals follow through the expenses' update triggers
-- (per row on SQLite, per statement on PostgreSQL). Plain SQL that both vendors run alike.
update expenses set amount_cents = amount_cents * 10
    where user_id in (select id from users where currency in ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF'));
update budgets set limit_cents = limit_cents * 10
    where user_id in (select id from users where currency in ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF'));
update budget_limits set limit_cents = limit_cents * 10
    where budget_id in (select b.id from budgets b join users u on u.id = b.user_id
                        where u.currency in ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF'));
update category_rules set min_cents = min_cents * 10, max_cents = max_cents * 10
    where user_id in (select id from users where currency in ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF'));
update recurring_templates set amount_cents = amount_cents * 10
    where user_id in (select id from users where currency in ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF'));
