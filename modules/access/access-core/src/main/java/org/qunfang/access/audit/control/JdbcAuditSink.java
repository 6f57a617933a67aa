package org.qunfang.access.audit.control;

import static org.qunfang.kernel.json.Jsons.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.qunfang.kernel.audit.AuditEntry;
import org.qunfang.kernel.audit.AuditSink;
import org.qunfang.kernel.entity.Ids;

/**
 * Appends audit entries to {@code access.audit_event}; there is no update or delete. An entry
 * without an area of its own is placed in its actor's home division.
 */
@ApplicationScoped
public class JdbcAuditSink implements AuditSink {

  private static final String INSERT =
      "insert into access.audit_event"
          + " (id, occurred_at, actor, entity_type, entity_id, action, changes, area)"
          + " values (?, ?, ?, ?, ?, ?, ?, coalesce(?,"
          + " (select a.home_division from access.account a where a.username = ?)))";

  @Resource(lookup = "jdbc/qunfang")
  DataSource dataSource;

  @Override
  public void record(AuditEntry entry) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, Ids.next());
      insert.setTimestamp(2, Timestamp.from(entry.at()));
      insert.setString(3, truncate(entry.actor(), 64));
      insert.setString(4, truncate(entry.entityType(), 64));
      insert.setString(5, truncate(entry.entityId(), 64));
      insert.setString(6, entry.action().name());
      insert.setString(7, json(entry));
      insert.setString(8, entry.area());
      insert.setString(9, entry.actor());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the audit trail", e);
    }
  }

  private static String json(AuditEntry entry) {
    JsonObjectBuilder changes = JSON.createObjectBuilder();
    entry
        .changes()
        .forEach(
            (field, value) -> {
              if (value == null) {
                changes.addNull(field);
              } else {
                changes.add(field, value);
              }
            });
    return changes.build().toString();
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
