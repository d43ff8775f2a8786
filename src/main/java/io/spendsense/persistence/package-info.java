/**
 * The database: opening the SQLite file, migrations, the Hibernate session factory, transactions, and one
 * repository per aggregate. The only package that knows SQL dialects; every repository method is scoped to a user.
 */
package io.spendsense.persistence;
