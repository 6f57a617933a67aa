package org.qunfang.care.type.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.SlotWindow;

/**
 * Check windows in one column, {@code MORNING 06:00-10:00;EVENING 18:00-22:00}. (A collection table
 * of embeddables cannot be written under a UUID-keyed entity by EclipseLink 4.0.)
 */
@Converter
public class SlotWindows implements AttributeConverter<List<SlotWindow>, String> {

  @Override
  public String convertToDatabaseColumn(List<SlotWindow> windows) {
    return windows == null
        ? ""
        : String.join(
            ";", windows.stream().map(w -> w.slot() + " " + w.opens() + "-" + w.closes()).toList());
  }

  @Override
  public List<SlotWindow> convertToEntityAttribute(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split(";")).map(SlotWindows::window).toList();
  }

  private static SlotWindow window(String text) {
    String[] slotAndTimes = text.split(" ");
    String[] times = slotAndTimes[1].split("-");
    return new SlotWindow(
        CheckSlot.valueOf(slotAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
  }
}
