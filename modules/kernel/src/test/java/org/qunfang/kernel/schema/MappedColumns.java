package org.qunfang.kernel.schema;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.h2.jdbcx.JdbcDataSource;

/**
 * For a module's mapping test: migrates the module's schema with its own Flyway scripts into a
 * fresh H2 (PostgreSQL mode, as deployed), opens its persistence unit outside the container, and
 * lists every column an entity maps (collection tables too) that the migrated schema lacks.
 */
public final class MappedColumns {

  private MappedColumns() {}

  /** Mapped columns missing from the migrated schema, as {@code schema.table.column}. */
  public static List<String> missing(String unit, String schema, Class<?> anchor) {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    new SchemaMigration(database, schema, anchor.getClassLoader()).migrate();
    Map<String, Object> outside = new HashMap<>();
    outside.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    outside.put("jakarta.persistence.jtaDataSource", "");
    outside.put("jakarta.persistence.nonJtaDataSource", database);
    outside.put("eclipselink.logging.level", "WARNING");
    EntityManagerFactory factory = Persistence.createEntityManagerFactory(unit, outside);
    try {
      factory.createEntityManager().close(); // logs in: descriptors initialised
      Set<String> present = columns(database, schema);
      List<String> missing = new ArrayList<>();
      for (ClassDescriptor descriptor :
          JpaHelper.getServerSession(factory).getDescriptors().values()) {
        for (DatabaseField field : mapped(descriptor)) {
          String column = name(field.getTable().getQualifiedName()) + "." + name(field.getName());
          if (!present.contains(column)) {
            missing.add(descriptor.getJavaClass().getSimpleName() + " → " + column);
          }
        }
      }
      return missing;
    } finally {
      factory.close();
    }
  }

  private static List<DatabaseField> mapped(ClassDescriptor descriptor) {
    List<DatabaseField> fields = new ArrayList<>(descriptor.getFields());
    for (DatabaseMapping mapping : descriptor.getMappings()) {
      if (mapping instanceof DirectCollectionMapping collection) {
        fields.add(collection.getDirectField());
        fields.addAll(collection.getReferenceKeyFields());
      }
    }
    return fields;
  }

  private static Set<String> columns(DataSource database, String schema) {
    Set<String> columns = new HashSet<>();
    try (Connection connection = database.getConnection();
        ResultSet rows = connection.getMetaData().getColumns(null, schema, null, null)) {
      while (rows.next()) {
        columns.add(
            name(rows.getString("TABLE_SCHEM") + "." + rows.getString("TABLE_NAME"))
                + "."
                + name(rows.getString("COLUMN_NAME")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return columns;
  }

  private static String name(String identifier) {
    return identifier.replace("\"", "").toLowerCase(Locale.ROOT);
  }
}
