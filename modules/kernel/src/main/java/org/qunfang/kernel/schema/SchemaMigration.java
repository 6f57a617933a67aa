package org.qunfang.kernel.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings one module's schema up to date with Flyway: scripts under {@code db/migration/<schema>} of
 * the module's own jar, history in {@code <schema>.flyway_schema_history}. Each core module calls
 * it from a start-up singleton before its persistence unit is used.
 */
public final class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  /** Every schema migrated in this application, for the readiness check. */
  private static final Map<String, SchemaMigration> MIGRATED = new ConcurrentSkipListMap<>();

  private final DataSource dataSource;
  private final String schema;

  private volatile boolean current;
  private final ClassLoader scripts;

  public SchemaMigration(DataSource dataSource, String schema, ClassLoader scripts) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.scripts = scripts;
  }

  /**
   * Applies pending migrations. A failure is logged in one line naming the schema and rethrown,
   * which stops the deployment: the application never runs on a half-migrated schema.
   */
  public void migrate() {
    try {
      MigrateResult result = flyway().migrate();
      LOG.info(
          () ->
              "Schema "
                  + schema
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, now at version "
                  + result.targetSchemaVersion);
      MIGRATED.put(schema, this);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE, "QUNFANG MIGRATION FAILED for schema " + schema + ": " + e.getMessage(), e);
      throw new IllegalStateException("Migration of schema " + schema + " failed", e);
    }
  }

  /** The schemas migrated so far, by name. */
  public static Collection<SchemaMigration> migrated() {
    return List.copyOf(MIGRATED.values());
  }

  public String schema() {
    return schema;
  }

  /**
   * Number of migrations present in the jar but not yet applied (0 when up to date). Once up to
   * date, always: the scripts change only with a new deployment, which migrates again. So readiness
   * probes ask Flyway (a class-path scan and a history query) only until the schema is current.
   */
  public int pending() {
    if (current) {
      return 0;
    }
    int pending = flyway().info().pending().length;
    current = pending == 0;
    return pending;
  }

  /** h2 or postgresql: the folder of the scripts that cannot be portable. */
  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate " + schema, e);
    }
  }

  private Flyway flyway() {
    return Flyway.configure(scripts)
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .locations(
            "classpath:db/migration/" + schema, "classpath:db/vendor/" + vendor() + "/" + schema)
        .load();
  }
}
