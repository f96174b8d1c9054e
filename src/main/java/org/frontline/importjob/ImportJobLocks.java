package org.frontline.importjob;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Which process runs which import job, kept by PostgreSQL itself: the process running a job holds a session-level
 * advisory lock on it, on a connection of its own. When the process dies ({@code kill -9}, a crash) or loses the
 * database, its session ends and the lock with it, so a job left RUNNING without its lock was interrupted and may be
 * resumed, and no two processes ever run one job at once. No timeouts, no guessing.
 */
@Component
public class ImportJobLocks {

    /** The first key of the two-key advisory locks, so that they do not collide with other users of such locks. */
    static final int NAMESPACE = 0x46524C49;

    private final DataSource dataSource;

    public ImportJobLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock on a job, held until closed. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** @return the job's lock, or empty when another process (or thread) runs the job */
    public Optional<Lease> tryLock(long jobId) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(?, ?)", jobId)) {
                connection.close();
                return Optional.empty();
            }
            Connection held = connection;
            return Optional.of(() -> release(held, jobId));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("cannot lock import job " + jobId, e);
        }
    }

    private static void release(Connection connection, long jobId) {
        try (connection) {
            call(connection, "select pg_advisory_unlock(?, ?)", jobId);
        } catch (SQLException e) {
            // the session is gone, and its locks with it
        }
    }

    private static boolean call(Connection connection, String sql, long jobId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, Math.toIntExact(jobId));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }
}
