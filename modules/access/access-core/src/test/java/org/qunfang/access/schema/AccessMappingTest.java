package org.qunfang.access.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.kernel.schema.MappedColumns;

/** Every column the access entities map exists once the access scripts have run. */
class AccessMappingTest {

  @Test
  void everyMappedColumnExistsInTheMigratedSchema() {
    assertThat(MappedColumns.missing("access", "access", AccessSchema.class)).isEmpty();
  }
}
