package org.qunfang.care.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.kernel.schema.MappedColumns;

/** Every column the care entities map exists once the care scripts have run. */
class CareMappingTest {

  @Test
  void everyMappedColumnExistsInTheMigratedSchema() {
    assertThat(MappedColumns.missing("care", "care", CareSchema.class)).isEmpty();
  }
}
