package io.spendsense.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.spendsense.service.ServiceException;
import io.spendsense.ui.common.ImmediateTaskRunner;
import io.spendsense.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

/** On a server, work that failed because the server went away is retried as it was, or fails in plain words. */
class RetryingTaskRunnerTest {
    static final class Lost extends RuntimeException {
        Lost() {
            super("I/O error");
        }
    }

    final List<String> asked = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    boolean retry;

    TaskRunner runner() {
        return new RetryingTaskRunner(new ImmediateTaskRunner(), e -> e instanceof Lost, e -> {
            asked.add(e.getMessage());
            return retry;
        }, e -> new ServiceException("The connection to the household server was lost.", e));
    }

    @Test
    void retryRunsTheSameWorkAgainAndItsCallbacksSeeTheResult() {
        var calls = new AtomicInteger();
        var results = new ArrayList<String>();
        retry = true;
        runner().run(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new Lost();
            }
            return "saved draft #" + calls.get();
        }).onSuccess(results::add).onFailure(e -> failures.add(e.getMessage())).start();

        assertThat(asked).containsExactly("I/O error");
        assertThat(calls).hasValue(2);
        assertThat(results).containsExactly("saved draft #2");
        assertThat(failures).isEmpty();
    }

    @Test
    void cancelHandsTheJobItsFailureInPlainWords() {
        var busy = new ArrayList<Boolean>();
        runner().run(() -> {
            throw new Lost();
        }).onBusy(busy::add).onFailure(e -> failures.add(e.getClass().getSimpleName() + ": " + e.getMessage()))
                .start();

        assertThat(asked).hasSize(1);
        assertThat(failures).containsExactly("ServiceException: The connection to the household server was lost.");
        assertThat(busy).as("the busy indicator ends").containsExactly(true, false);
    }

    @Test
    void otherFailuresGoStraightToTheJob() {
        runner().run(() -> {
            throw new IllegalArgumentException("amount");
        }).onFailure(e -> failures.add(e.getMessage())).start();
        assertThat(asked).isEmpty();
        assertThat(failures).containsExactly("amount");
    }

    @Test
    void failuresWhileTheQuestionIsOpenShareItsAnswer() {
        var calls = new AtomicInteger();
        var results = new ArrayList<String>();
        TaskRunner[] holder = new TaskRunner[1];
        holder[0] = new RetryingTaskRunner(new ImmediateTaskRunner(), e -> e instanceof Lost, e -> {
            asked.add(e.getMessage());
            if (asked.size() == 1) {
                // another view's reload fails while the question is open (a nested event loop in the app)
                holder[0].run(() -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new Lost();
                    }
                    return "reload";
                }).onSuccess(results::add).start();
            }
            return true;
        }, e -> new ServiceException("lost", e));
        var first = new AtomicInteger();
        holder[0].run(() -> {
            if (first.incrementAndGet() == 1) {
                throw new Lost();
            }
            return "save";
        }).onSuccess(results::add).start();

        assertThat(asked).as("one question").hasSize(1);
        assertThat(results).containsExactlyInAnyOrder("save", "reload");
    }
}
