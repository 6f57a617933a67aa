package org.qunfang.dispatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.kernel.schema.MappedColumns;

/** Every column the dispatch entities map exists once the dispatch scripts have run. */
class DispatchMappingTest {

  @Test
  void everyMappedColumnExistsInTheMigratedSchema() {
    assertThat(MappedColumns.missing("dispatch", "dispatch", DispatchSchema.class)).isEmpty();
  }
}
