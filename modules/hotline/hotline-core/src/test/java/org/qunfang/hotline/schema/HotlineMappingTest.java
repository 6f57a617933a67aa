package org.qunfang.hotline.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.kernel.schema.MappedColumns;

/** Every column the hotline entities map exists once the hotline scripts have run. */
class HotlineMappingTest {

  @Test
  void everyMappedColumnExistsInTheMigratedSchema() {
    assertThat(MappedColumns.missing("hotline", "hotline", HotlineSchema.class)).isEmpty();
  }
}
