package org.qunfang.grid.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.kernel.schema.MappedColumns;

/** Every column the grid entities map exists once the grid scripts have run. */
class GridMappingTest {

  @Test
  void everyMappedColumnExistsInTheMigratedSchema() {
    assertThat(MappedColumns.missing("grid", "grid", GridSchema.class)).isEmpty();
  }
}
