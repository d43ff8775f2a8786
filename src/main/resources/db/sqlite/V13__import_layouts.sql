-- The CSV reading choices a user made for a bank's layout (given on the command line or corrected in the import
-- dialog), applied the next time a file of the same layout is imported without them. A layout is told by a
-- fingerprint of its normalized header row and separator; one row per user and layout. Null = detect.
create table import_layouts (
    id                  integer primary key,
    user_id             integer      not null references users (id) on delete cascade,
    fingerprint         varchar(64)  not null,
    encoding            varchar(40),
    delimiter           varchar(1),
    skip_lines          integer,
    date_format         varchar(40),
    date_order          varchar(12),   -- DAY_FIRST, MONTH_FIRST
    sign                varchar(24),   -- CHARGES_NEGATIVE, CHARGES_POSITIVE
    decimal_comma       boolean,
    date_column         varchar(200),
    amount_column       varchar(200),
    description_column  varchar(200),
    payee_column        varchar(200),
    category_column     varchar(200),
    created_at          bigint       not null,
    updated_at          bigint       not null,
    unique (user_id, fingerprint)
);
