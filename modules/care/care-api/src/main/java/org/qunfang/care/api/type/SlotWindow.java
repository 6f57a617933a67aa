package org.qunfang.care.api.type;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/** When a slot's check is due, Beijing time: a check after {@code closes} is missed. */
public record SlotWindow(
    @NotNull CheckSlot slot, @NotNull LocalTime opens, @NotNull LocalTime closes) {

  public SlotWindow {
    opens = opens == null ? null : opens.withSecond(0).withNano(0);
    closes = closes == null ? null : closes.withSecond(0).withNano(0);
  }
}
