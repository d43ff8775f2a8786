-- Search and sort at a million expenses (decision 0015).
--
-- Search: the substring search of description, payee and notes reads a trigram full-text index (FTS5) over the
-- user's distinct texts, not over every expense: a household's million expenses hold a few thousand different
-- payees and descriptions, so the index is small and cheap to keep, and the expenses with a matching text are then
-- found through the indexes below on lower(payee) and lower(description). Texts are stored as SQLite's lower() of
-- the expense's text, exactly the value those indexes hold. Triggers keep both tables; a text no expense uses any
-- more stays until the profile is deleted (it matches no expense, so it changes no result).
create table search_texts (
    id       integer primary key,
    user_id  integer       not null references users (id) on delete cascade,
    text     varchar(4000) not null,
    unique (user_id, text)
);

create virtual table search_texts_fts using fts5(text, content = 'search_texts', content_rowid = 'id',
    tokenize = 'trigram case_sensitive 0');

create trigger search_texts_ai after insert on search_texts begin
    insert into search_texts_fts (rowid, text) values (new.id, new.text);
end;

create trigger search_texts_ad after delete on search_texts begin
    insert into search_texts_fts (search_texts_fts, rowid, text) values ('delete', old.id, old.text);
end;

create trigger expenses_search_ai after insert on expenses begin
    insert or ignore into search_texts (user_id, text)
        select new.user_id, lower(new.payee) where new.payee <> ''
        union all select new.user_id, lower(new.description) where new.description <> ''
        union all select new.user_id, lower(new.notes) where new.notes is not null and new.notes <> '';
end;

create trigger expenses_search_au after update of payee, description, notes on expenses begin
    insert or ignore into search_texts (user_id, text)
        select new.user_id, lower(new.payee) where new.payee <> ''
        union all select new.user_id, lower(new.description) where new.description <> ''
        union all select new.user_id, lower(new.notes) where new.notes is not null and new.notes <> '';
end;

insert or ignore into search_texts (user_id, text)
    select user_id, lower(payee) from expenses where payee <> ''
    union select user_id, lower(description) from expenses where description <> ''
    union select user_id, lower(notes) from expenses where notes is not null and notes <> '';

-- Sort: the first page of any column's order, and the next page after the last row seen (keyset paging), is a
-- range of one of these indexes. Each ends with the expense id (the tie-break, right after the date: SQLite's
-- implicit rowid would come after every column), then the columns a footer total or a category filter reads, so that
-- neither looks up the rows. The date order reads ix_expenses_user_date.
create index ix_expenses_user_amount on expenses (user_id, amount_cents, expense_date, id, category_id);
create index ix_expenses_user_payee_sort on expenses (user_id, lower(payee), expense_date, id, amount_cents,
    category_id);
create index ix_expenses_user_description_sort on expenses (user_id, lower(description), expense_date, id,
    amount_cents, category_id);
create index ix_expenses_user_notes on expenses (user_id, lower(notes)) where notes is not null;

-- Most imported rows have no statement reference: the index of references holds only those that have one (every
-- index costs a bulk import its build time, decision 0015).
drop index ix_expenses_user_import_ref;
create index ix_expenses_user_import_ref on expenses (user_id, import_ref) where import_ref is not null;

-- The query planner's statistics: with them SQLite reads a rare payee's rows through the text indexes rather than
-- walking the date index past every other row (decision 0015). Bulk imports gather them again.
analyze;
