package org.qunfang.care.type.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Test days in one column, {@code 1,4,7}: read and written only with their type. */
@Converter
public class DayList implements AttributeConverter<List<Integer>, String> {

  @Override
  public String convertToDatabaseColumn(List<Integer> days) {
    return days == null ? "" : String.join(",", days.stream().map(String::valueOf).toList());
  }

  @Override
  public List<Integer> convertToEntityAttribute(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
  }
}
