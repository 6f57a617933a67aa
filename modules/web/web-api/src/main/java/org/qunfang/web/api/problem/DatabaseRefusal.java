package org.qunfang.web.api.problem;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * What a database error means for the caller, by SQLState (the same on PostgreSQL and H2): a unique
 * value someone else took first is a conflict (409); a value the database cannot hold is bad input
 * (400); a database that is away or restarting is worth retrying (503 with Retry-After). Validation
 * mirrors the checks, so the last two are the exception.
 */
record DatabaseRefusal(int status, String key) {

  private static final Set<String> RETRYABLE =
      Set.of("57P01", "57P02", "57P03", "53300", "40001", "40P01");

  static Optional<DatabaseRefusal> of(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth++ < 20; t = next(t)) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.equals("23505")) {
          return Optional.of(new DatabaseRefusal(409, "record.duplicate"));
        }
        if (state.startsWith("23") || state.startsWith("22")) {
          return Optional.of(new DatabaseRefusal(400, "input.invalid"));
        }
        if (state.startsWith("08") || RETRYABLE.contains(state)) {
          return Optional.of(unavailable());
        }
      }
      String type = t.getClass().getName();
      if (type.endsWith("ResourceException")
          || type.endsWith("PoolingException")
          || t instanceof java.net.ConnectException) {
        return Optional.of(unavailable());
      }
    }
    return Optional.empty();
  }

  static DatabaseRefusal unavailable() {
    return new DatabaseRefusal(503, "server.unavailable");
  }

  private static Throwable next(Throwable t) {
    if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
      return sql.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }
}
