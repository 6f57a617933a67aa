package org.qunfang.grid.intake.control;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Appends rows to one table as fast as the database allows: PostgreSQL's COPY, or JDBC batches
 * elsewhere (H2). Rows go through {@link #add}; {@link #close} sends what is left. It writes in the
 * caller's transaction and never commits.
 */
public abstract sealed class TableWriter implements AutoCloseable {

  protected final String table;
  protected final String[] columns;

  private TableWriter(String table, String... columns) {
    this.table = table;
    this.columns = columns;
  }

  public static TableWriter open(Connection connection, String table, String... columns)
      throws SQLException {
    return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
        ? new Copy(connection, table, columns)
        : new Batch(connection, table, columns);
  }

  /** The audited-entity columns (id, version, who and when) followed by a table's own. */
  public static String[] audited(String... own) {
    String[] all = new String[6 + own.length];
    String[] stamps = {"id", "version", "created_at", "created_by", "updated_at", "updated_by"};
    System.arraycopy(stamps, 0, all, 0, 6);
    System.arraycopy(own, 0, all, 6, own.length);
    return all;
  }

  /** A new row's values for {@link #audited} columns: version 1, created and updated now. */
  public static Object[] stamped(UUID id, String actor, OffsetDateTime now, Object... own) {
    Object[] all = new Object[6 + own.length];
    all[0] = id;
    all[1] = 1L;
    all[2] = now;
    all[3] = actor;
    all[4] = now;
    all[5] = actor;
    System.arraycopy(own, 0, all, 6, own.length);
    return all;
  }

  /** One row; values are strings, numbers, UUIDs, dates or {@code null}. */
  public abstract void add(Object... values) throws SQLException;

  @Override
  public abstract void close() throws SQLException;

  /** COPY … FROM STDIN in CSV, streamed: the driver sends as we write. */
  static final class Copy extends TableWriter {
    private final PGCopyOutputStream out;
    private final CSVPrinter csv;

    Copy(Connection connection, String table, String... columns) throws SQLException {
      super(table, columns);
      PGConnection pg = connection.unwrap(PGConnection.class);
      String sql =
          "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
      out = new PGCopyOutputStream(pg, sql, 1 << 16);
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try {
        // ALL_NON_NULL: an empty string is "", a NULL is nothing at all.
        csv = new CSVPrinter(writer, CSVFormat.POSTGRESQL_CSV);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void add(Object... values) {
      try {
        for (Object value : values) {
          csv.print(value == null ? null : value.toString());
        }
        csv.println();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        csv.flush();
        out.close(); // ends the COPY; a bad row fails here, and the transaction with it
      } catch (IOException e) {
        throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e);
      }
    }
  }

  /** Prepared INSERT in batches of a thousand. */
  static final class Batch extends TableWriter {
    private static final int SIZE = 1000;
    private final PreparedStatement insert;
    private int pending;

    Batch(Connection connection, String table, String... columns) throws SQLException {
      super(table, columns);
      String marks = String.join(", ", Collections.nCopies(columns.length, "?"));
      insert =
          connection.prepareStatement(
              "insert into "
                  + table
                  + " ("
                  + String.join(", ", columns)
                  + ") values ("
                  + marks
                  + ")");
    }

    @Override
    public void add(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.addBatch();
      if (++pending == SIZE) {
        insert.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        if (pending > 0) {
          insert.executeBatch();
        }
      } finally {
        insert.close();
      }
    }
  }
}
