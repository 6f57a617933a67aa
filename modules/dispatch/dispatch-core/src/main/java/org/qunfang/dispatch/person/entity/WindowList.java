package org.qunfang.dispatch.person.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.qunfang.dispatch.api.person.Availability;

/**
 * Someone's weekly windows in one column, {@code MONDAY 16:00-00:00;SATURDAY 00:00-00:00}: they are
 * read and written only with the person. (A collection table of embeddables is what this would be,
 * but EclipseLink 4.0 cannot write one under an entity whose id is a UUID.)
 */
@Converter
public class WindowList implements AttributeConverter<List<Availability>, String> {

  @Override
  public String convertToDatabaseColumn(List<Availability> windows) {
    return windows == null
        ? ""
        : String.join(
            ";", windows.stream().map(w -> w.day() + " " + w.from() + "-" + w.until()).toList());
  }

  @Override
  public List<Availability> convertToEntityAttribute(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split(";")).map(WindowList::window).toList();
  }

  private static Availability window(String text) {
    String[] dayAndTimes = text.split(" ");
    String[] times = dayAndTimes[1].split("-");
    return new Availability(
        DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
  }
}
