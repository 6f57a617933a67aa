package org.qunfang.care.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.qunfang.kernel.schema.SchemaMigration;

/** Migrates the {@code care} schema when the application starts, before anything uses it. */
@Startup
@Singleton
public class CareSchema {

  @Resource(lookup = "jdbc/qunfang")
  DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    new SchemaMigration(dataSource, "care", CareSchema.class.getClassLoader()).migrate();
  }
}
