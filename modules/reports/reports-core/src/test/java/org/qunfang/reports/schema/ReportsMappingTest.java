package org.qunfang.reports.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.kernel.schema.MappedColumns;

/** Every column the reports entities map exists once the reports scripts have run. */
class ReportsMappingTest {

  @Test
  void everyMappedColumnExistsInTheMigratedSchema() {
    assertThat(MappedColumns.missing("reports", "reports", ReportsSchema.class)).isEmpty();
  }
}
