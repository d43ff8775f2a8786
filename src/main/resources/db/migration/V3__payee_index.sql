-- Payee autocomplete and the assistant's payee lexicon group a user's expenses by payee and category: this index
-- covers that query, so it reads the index instead of every row.
create index ix_expenses_user_payee on expenses (user_id, payee, category_id);
