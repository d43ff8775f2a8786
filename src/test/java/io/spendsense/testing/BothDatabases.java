package io.spendsense.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every test of the class twice, on SQLite and on a real PostgreSQL (decision 0017): the class's lifecycle
 * methods and tests take a {@link TestDatabase} parameter, whose {@link TestDatabase#location()} is a database of
 * their own, empty at the start of each test. On PostgreSQL the class gets one database, cloned from a migrated
 * template, emptied between its tests and dropped after them; one server serves the whole test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(BothDatabasesExtension.class)
public @interface BothDatabases {
}
