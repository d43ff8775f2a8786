package io.spendsense.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.spendsense.domain.DatabaseLocation;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@link BothDatabases}: two invocations of the class, SQLite and PostgreSQL, each with a resolver of the
 * {@link TestDatabase} parameter that hands every test a database of its own.
 */
final class BothDatabasesExtension implements ClassTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<? extends ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(
            ExtensionContext context) {
        return Stream.of(TestDatabase.Kind.values()).map(Invocation::new);
    }

    /** One run of the class on one database. */
    private record Invocation(TestDatabase.Kind kind) implements ClassTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return kind.toString();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Databases(kind));
        }
    }

    /**
     * Gives each test its database (a parameter of the lifecycle methods and the tests, the same one for all of a
     * test's): a new file in a folder of the class's run for SQLite; the class's PostgreSQL database, emptied, for
     * PostgreSQL. The folder and the database go when the class's run ends.
     */
    private static final class Databases implements BeforeEachCallback, ParameterResolver {
        private final TestDatabase.Kind kind;

        Databases(TestDatabase.Kind kind) {
            this.kind = kind;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            var run = runOf(context);
            TestDatabase database = switch (kind) {
                case SQLITE -> new TestDatabase(kind, DatabaseLocation.file(run.folder().next()));
                case POSTGRESQL -> new TestDatabase(kind, run.postgres().forNextTest());
            };
            context.getStore(NAMESPACE).put(TestDatabase.class, database);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            var database = context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
            if (database == null) {
                throw new IllegalStateException("a TestDatabase is for @BeforeEach, @AfterEach and @Test methods");
            }
            return database;
        }

        /** What the class's run holds: kept in the run's store, closed (folder deleted, database dropped) after it. */
        private Run runOf(ExtensionContext context) {
            ExtensionContext invocation = context.getParent().orElseThrow();
            return invocation.getStore(NAMESPACE).getOrComputeIfAbsent(Run.class, k -> new Run(kind), Run.class);
        }
    }

    /** A class's run on one database. */
    private static final class Run implements AutoCloseable {
        private final TestDatabase.Kind kind;
        private Folder folder;
        private PostgresForTests.ClassDatabase postgres;

        Run(TestDatabase.Kind kind) {
            this.kind = kind;
        }

        Folder folder() {
            if (folder == null) {
                folder = new Folder();
            }
            return folder;
        }

        PostgresForTests.ClassDatabase postgres() {
            if (postgres == null) {
                postgres = PostgresForTests.server().newClassDatabase();
            }
            return postgres;
        }

        @Override
        public void close() {
            if (folder != null) {
                folder.delete();
            }
            if (postgres != null) {
                postgres.drop();
            }
        }

        @Override
        public String toString() {
            return kind + " run";
        }
    }

    /** A temporary folder with a new database file for each test. */
    private static final class Folder {
        private final Path path;
        private int files;

        Folder() {
            try {
                path = Files.createTempDirectory("spendsense-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path next() {
            return path.resolve("test-" + ++files + ".db");
        }

        void delete() {
            try (var walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
