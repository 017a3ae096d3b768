package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    @Test
    void seesAnOutageBehindWrappers() {
        assertThat(DatabaseOutage.causes(new CannotCreateTransactionException(
                        "no connection", new SQLTransientConnectionException("pool timed out"))))
                .isTrue();
        assertThat(DatabaseOutage.causes(new IllegalStateException(new SQLException("gone", "08006"))))
                .isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("terminating connection", "57P01")))
                .isTrue();
    }

    @Test
    void seesAnOutageInACommitOrRollbackOnAClosedConnection() {
        assertThat(DatabaseOutage.causes(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isTrue();
    }

    @Test
    void seesAnOutageHiddenByAFailedRollback() {
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("no rollback", "25P01"));
        rollback.initApplicationException(new SQLException("I/O error", "08006"));
        assertThat(DatabaseOutage.causes(rollback)).isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseOutage.causes(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causes(new TransactionSystemException(
                        "JDBC commit failed", new SQLException("deferred constraint", "23505"))))
                .isFalse();
    }
}
