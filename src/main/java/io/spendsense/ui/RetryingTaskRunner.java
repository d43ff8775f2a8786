package io.spendsense.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.ServerProblem;
import io.spendsense.service.ServiceException;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.signin.ServerWords;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The signed-in session's task runner on a household server (decision 0022): work that fails because the server
 * cannot be reached (the connection broke, or a new one cannot be made) is not handed to the job's failure callback
 * at once; the user is asked whether to retry it. Retry runs the same work again, with the same values (a save's
 * draft is the one the editor still shows); Cancel hands the job its failure, worded as the server's problem. Every
 * change is one transaction, so a failed one wrote nothing. Failures that arrive while the question is open wait
 * for its answer: one question for all of them.
 */
final class RetryingTaskRunner implements TaskRunner {
    private final TaskRunner inner;
    private final Predicate<Throwable> lost;
    private final Predicate<Throwable> askRetry;
    private final Function<Throwable, RuntimeException> worded;
    private final List<Pending> pending = new ArrayList<>();
    private boolean asking;

    /**
     * @param lost     whether a failure means the server cannot be reached
     * @param askRetry asks the user (on the thread the callbacks run on); true: retry
     * @param worded   the failure a job gets when the user does not retry: one that speaks to the user
     */
    RetryingTaskRunner(TaskRunner inner, Predicate<Throwable> lost, Predicate<Throwable> askRetry,
                       Function<Throwable, RuntimeException> worded) {
        this.inner = inner;
        this.lost = lost;
        this.askRetry = askRetry;
        this.worded = worded;
    }

    /**
     * The session's runner on {@code server}: a lost connection asks "The household server is not answering …
     * Retry now?" over {@code owner}; Cancel gives the job the problem in the desktop's words.
     */
    static TaskRunner onServer(TaskRunner runner, DatabaseLocation.Server server, Window owner) {
        return new RetryingTaskRunner(runner, e -> ServerProblem.isConnectionLost(e, server),
                e -> askRetry(e, server, owner), e -> new ServiceException(ServerWords.problem(e, server), e));
    }

    private static boolean askRetry(Throwable failure, DatabaseLocation.Server server, Window owner) {
        var retry = new ButtonType(Messages.get("signin.retry"), ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.WARNING,
                Messages.format("server.lostRetry", ServerWords.problem(failure, server)), retry, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(Messages.format("app.windowTitle", Messages.get("server.lostTitle")));
        alert.setHeaderText(Messages.get("server.lostTitle"));
        alert.getDialogPane().setId("serverLost");
        alert.getDialogPane().setPrefWidth(520);   // the reason wraps at a readable width
        return alert.showAndWait().filter(retry::equals).isPresent();
    }

    @Override
    public <T> Job<T> run(Callable<T> work) {
        return new RetryJob<>(work);
    }

    private record Pending(Runnable retry, Runnable giveUp) {
    }

    private void connectionLost(Throwable failure, Runnable retry, Runnable giveUp) {
        pending.add(new Pending(retry, giveUp));
        if (asking) {
            return;   // answered with the question already open
        }
        asking = true;
        boolean again;
        try {
            again = askRetry.test(failure);
        } finally {
            asking = false;
        }
        var answered = List.copyOf(pending);
        pending.clear();
        for (Pending p : answered) {
            (again ? p.retry() : p.giveUp()).run();
        }
    }

    /** A job whose connection failures go through the question first. */
    private final class RetryJob<T> implements Job<T> {
        private final Callable<T> work;
        private Consumer<? super T> success = r -> { };
        private Consumer<? super Throwable> failure = e -> { };
        private Consumer<Boolean> busy = b -> { };

        RetryJob(Callable<T> work) {
            this.work = work;
        }

        @Override
        public Job<T> onSuccess(Consumer<? super T> callback) {
            this.success = callback;
            return this;
        }

        @Override
        public Job<T> onFailure(Consumer<? super Throwable> callback) {
            this.failure = callback;
            return this;
        }

        @Override
        public Job<T> onBusy(Consumer<Boolean> callback) {
            this.busy = callback;
            return this;
        }

        @Override
        public void start() {
            inner.run(work).onBusy(busy).onSuccess(success).onFailure(this::failed).start();
        }

        private void failed(Throwable e) {
            if (!lost.test(e)) {
                failure.accept(e);
                return;
            }
            connectionLost(e, this::start, () -> failure.accept(worded.apply(e)));
        }
    }
}
