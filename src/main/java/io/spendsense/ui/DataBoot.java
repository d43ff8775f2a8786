package io.spendsense.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.User;
import io.spendsense.service.Services;

/**
 * The desktop app's first opening of its data, on a thread of its own from the start of the JVM, in two steps run one
 * after the other: the profiles as soon as the file is ready (plain JDBC, a few hundred ms), then the services
 * (Hibernate's SessionFactory, seconds). The sign-in screen lists the profiles from the first while the second runs;
 * signing in waits for the second (decision 0020). Its waiting calls block: call them off the FX thread.
 */
final class DataBoot implements AutoCloseable {
    private final CompletableFuture<List<User>> profiles = new CompletableFuture<>();
    private final CompletableFuture<Services> services = new CompletableFuture<>();
    /** Released when the second step may begin. */
    private final CountDownLatch go = new CountDownLatch(1);
    private volatile boolean closing;
    private final AtomicBoolean servicesClosed = new AtomicBoolean();
    /** Where the data is being opened, when known (the desktop's start; null for the tests' plain boots). */
    private volatile DatabaseLocation location;
    /** The databases the app may switch to, when the boot was started from them. */
    private volatile Databases databases;

    private DataBoot() {
    }

    /**
     * The desktop's boot: where {@code databases} says to start ({@link Databases#atLaunch}), prepared and its
     * profiles listed, then the services built. A malformed {@code SPENDSENSE_DB} is the boot's failure, shown on the
     * sign-in screen.
     */
    static DataBoot start(Databases databases) {
        DatabaseLocation where;
        try {
            where = databases.atLaunch();
        } catch (RuntimeException e) {
            var failed = start(() -> {
                throw e;
            }, () -> null);
            failed.databases = databases;
            return failed;
        }
        return start(databases, where);
    }

    /** The boot of {@code where}, one of {@code databases}: at the start, on a retry or a switch. */
    static DataBoot start(Databases databases, DatabaseLocation where) {
        var boot = start(() -> databases.prepare(where));
        boot.location = where;
        boot.databases = databases;
        return boot;
    }

    /** Where this boot opens the data; empty when it was not told. */
    Optional<DatabaseLocation> location() {
        return Optional.ofNullable(location);
    }

    /** The databases the boot was started from; empty for a boot of a single database. */
    Optional<Databases> databases() {
        return Optional.ofNullable(databases);
    }

    /** The production boot: prepares the file and lists its profiles, then builds the services. */
    static DataBoot start(Callable<Services.Prepared> prepare) {
        var step = new Object() {
            Services.Prepared prepared;
        };
        // Both steps run on the boot thread, one after the other: the field needs no more than that.
        return start(() -> (step.prepared = prepare.call()).listUsers(), () -> step.prepared.open());
    }

    /** Without the early step: the profiles come from the services once they are open (tests, a reopened file). */
    static DataBoot afterServices(Callable<Services> open) {
        var step = new Object() {
            Services services;
        };
        return start(() -> (step.services = open.call()).auth().listUsers(), () -> step.services);
    }

    /**
     * Runs {@code listProfiles} then {@code openServices} on a new daemon thread; when the first fails, so does the
     * second, with the same failure.
     */
    static DataBoot start(Callable<List<User>> listProfiles, Callable<Services> openServices) {
        var boot = new DataBoot();
        var thread = new Thread(() -> boot.run(listProfiles, openServices), "spendsense-boot");
        thread.setDaemon(true);
        thread.start();
        return boot;
    }

    private void run(Callable<List<User>> listProfiles, Callable<Services> openServices) {
        try {
            profiles.complete(listProfiles.call());
        } catch (Exception | Error e) {
            profiles.completeExceptionally(e);
            services.completeExceptionally(e);
            return;
        }
        try {
            go.await();
            Services opened = openServices.call();
            if (closing && servicesClosed.compareAndSet(false, true)) {
                opened.close();   // the app was closed while Hibernate started: nobody else will close them
            }
            services.complete(opened);
            if (closing) {
                closeServices();   // closed between the check above and the completion
            }
        } catch (Exception | Error e) {
            services.completeExceptionally(e);
        }
    }

    /** Lets the second step begin (it waits for this after the first): call when the sign-in window is up. */
    void openServices() {
        go.countDown();
    }

    /** The profiles; waits for the first step. */
    List<User> profiles() throws Exception {
        return await(profiles);
    }

    /** The profiles if the first step has already listed them: the first frame can show them. */
    Optional<List<User>> profilesIfListed() {
        return profiles.isDone() && !profiles.isCompletedExceptionally() ? Optional.of(profiles.join())
                : Optional.empty();
    }

    /** The services; waits for the second step. */
    Services services() throws Exception {
        return await(services);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // the step's own failure, as the callers would have seen it from a direct call
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * For an app closing before it took the services: they are closed, now if they are open, else when they are.
     * (Services the app took are the app's to close.)
     */
    @Override
    public void close() {
        closing = true;
        if (services.isDone()) {
            closeServices();
        }
    }

    private void closeServices() {
        if (!services.isCompletedExceptionally() && servicesClosed.compareAndSet(false, true)) {
            services.join().close();
        }
    }
}
