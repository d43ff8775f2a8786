-- Receipts and other files kept with an expense (decision 0019): in the database, so that a backup is still one file
-- and deleting an expense or a profile deletes its files (the cascades below: users -> expenses -> attachments ->
-- attachment_contents).
--
-- What is known of a file without reading it. It belongs to a user through its expense; every query joins the
-- expense and checks its user_id. The sha256 of the content keeps one expense from holding the same file twice.
create table attachments (
    id          integer primary key,
    expense_id  integer      not null references expenses (id) on delete cascade,
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null check (size_bytes > 0 and size_bytes <= 20971520),
    sha256      varchar(64)  not null,
    created_at  bigint       not null,
    unique (expense_id, sha256)
);

-- The bytes, in a table of their own so that listing attachments (and the table's paperclip, a count per expense
-- through the unique index above) never reads a file, and the thumbnail (a small JPEG, null when none could be made)
-- is read without the content. The one vendor-specific word of this file: SQLite's blob is PostgreSQL's bytea.
create table attachment_contents (
    attachment_id integer primary key references attachments (id) on delete cascade,
    thumbnail     blob,
    content       blob not null
);
