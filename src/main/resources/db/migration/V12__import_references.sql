-- The statement's own id of an imported transaction (OFX FITID, CAMT AcctSvcrRef), so that importing an overlapping
-- statement adds only what is new. Null for expenses entered by hand, imported from CSV or QIF, or imported before.
-- 255 is the longest FITID the OFX specification allows.
alter table expenses add column import_ref varchar(255);
create index ix_expenses_user_import_ref on expenses (user_id, import_ref);
