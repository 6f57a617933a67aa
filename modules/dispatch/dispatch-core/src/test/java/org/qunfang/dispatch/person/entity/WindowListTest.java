package org.qunfang.dispatch.person.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.dispatch.api.person.Availability;

class WindowListTest {

  @Test
  void windowsGoIntoOneColumnAndComeBack() {
    List<Availability> windows =
        List.of(
            new Availability(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.MIDNIGHT),
            new Availability(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    WindowList column = new WindowList();
    String stored = column.convertToDatabaseColumn(windows);
    assertThat(stored).isEqualTo("MONDAY 16:00-00:00;SATURDAY 00:00-00:00");
    assertThat(column.convertToEntityAttribute(stored)).isEqualTo(windows);
    assertThat(column.convertToEntityAttribute("")).isEmpty();
  }
}
