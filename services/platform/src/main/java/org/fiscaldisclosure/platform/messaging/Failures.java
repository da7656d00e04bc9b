package org.fiscaldisclosure.platform.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * Tells a passing failure (the database or the broker away for a while) from one that will recur every time the same
 * record is handled. A consumer retries a passing failure with a pause, for as long as it lasts, and parks a record
 * whose handling fails for any other reason, so that it never holds up the records after it.
 */
public final class Failures {

    private Failures() {
    }

    public static boolean isPassing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() == null && String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                return true; // the connection pool could not hand out a connection
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P0x: the server shutting down; 40001/40P01: serialization failure, deadlock;
                // 53: insufficient resources
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("40001") || state.equals("40P01")
                        || state.startsWith("53")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short, single-line description of a failure for a parking reason. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failure == root ? failure.toString() : failure + " (" + root + ")";
        text = text.replaceAll("\\s+", " ");
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }
}
