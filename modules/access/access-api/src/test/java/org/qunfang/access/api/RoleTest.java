package org.qunfang.access.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void constantsNameEveryRoleExactly() throws IllegalAccessException {
    Field[] fields = Role.Names.class.getFields();
    assertThat(fields).hasSize(Role.values().length);
    for (Field field : fields) {
      assertThat(field.get(null)).isEqualTo(field.getName());
      assertThat(Role.valueOf(field.getName())).isNotNull();
    }
    assertThat(Arrays.stream(Role.values()).map(Role::name))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(fields).map(Field::getName).toList());
  }
}
