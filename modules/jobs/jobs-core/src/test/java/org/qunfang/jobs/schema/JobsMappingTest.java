package org.qunfang.jobs.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.kernel.schema.MappedColumns;

/** Every column the jobs entities map exists once the jobs scripts have run. */
class JobsMappingTest {

  @Test
  void everyMappedColumnExistsInTheMigratedSchema() {
    assertThat(MappedColumns.missing("jobs", "jobs", JobsSchema.class)).isEmpty();
  }
}
