package org.imageledger.infrastructure.store;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure for want of the database (no connection to be had, the server gone or shutting down) from any other:
 * the first is the server's situation, not the request's fault, and worth retrying in a moment.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /** Whether the failure, or any failure behind it, says the database cannot be reached. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: the server shutting down, crashed, or not yet accepting
            // a commit or rollback that failed on a connection the pool had closed meanwhile (its exception has no
            // SQL state), or that hides the failure before it
            if (cause instanceof TransactionSystemException transaction
                    && (transaction.getCause() instanceof SQLException closed && closed.getSQLState() == null
                            || transaction.getApplicationException() != null
                                    && causes(transaction.getApplicationException()))) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
