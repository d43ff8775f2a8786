package io.spendsense.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.spendsense.service.ServiceException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class UserMessagesTest {
    @Test
    void aBusyDatabaseIsOnePlainSentenceWhereverHibernateWrapsIt() {
        var busy = new LockAcquisitionException("could not execute statement",
                new SQLiteException("[SQLITE_BUSY] The database file is locked (database is locked)",
                        SQLiteErrorCode.SQLITE_BUSY), "insert into expenses ...");
        assertThat(UserMessages.of(busy)).isEqualTo(UserMessages.BUSY)
                .isEqualTo("The database is busy with another SpendSense window or command; try again.");
        assertThat(UserMessages.of(new RuntimeException("task failed", busy))).isEqualTo(UserMessages.BUSY);
    }

    @Test
    void otherFailuresKeepTheirMessage() {
        assertThat(UserMessages.of(new ServiceException("No expense with id 4."))).isEqualTo("No expense with id 4.");
        assertThat(UserMessages.of(new IllegalStateException("boom")))
                .isEqualTo("Something went wrong (IllegalStateException). Details are in the log.");
    }
}
