package org.qunfang.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.qunfang.kernel.schema.SchemaMigration;

/** Ready when the database answers and every module's schema is migrated with nothing pending. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final List<String> SCHEMAS =
      List.of("access", "grid", "hotline", "dispatch", "care", "reports");

  @Resource(lookup = "jdbc/qunfang")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder health = HealthCheckResponse.named("database").up();
    try (Connection connection = dataSource.getConnection()) {
      health.withData("database", connection.getMetaData().getDatabaseProductName());
      if (!connection.isValid(2)) {
        health.down();
      }
    } catch (SQLException e) {
      return health.down().withData("error", e.getMessage()).build();
    }
    for (String schema : SCHEMAS) {
      int pending =
          SchemaMigration.migrated().stream()
              .filter(m -> m.schema().equals(schema))
              .findFirst()
              .map(SchemaMigration::pending)
              .orElse(-1);
      health.withData("schema." + schema, describe(pending));
      if (pending != 0) {
        health.down();
      }
    }
    return health.build();
  }

  private static String describe(int pending) {
    if (pending < 0) {
      return "not migrated";
    }
    return pending == 0 ? "migrated" : pending + " pending";
  }
}
