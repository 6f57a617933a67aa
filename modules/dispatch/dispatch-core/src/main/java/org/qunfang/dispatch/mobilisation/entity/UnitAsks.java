package org.qunfang.dispatch.mobilisation.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.qunfang.dispatch.api.mobilisation.UnitAsk;

/**
 * An order's units in one column, read and written only with the order. Separated by the ASCII
 * record and unit separators, which no cleaned text contains.
 */
@Converter
public class UnitAsks implements AttributeConverter<List<UnitAsk>, String> {

  private static final String RECORD = "\u001e";
  private static final String UNIT = "\u001f";

  @Override
  public String convertToDatabaseColumn(List<UnitAsk> units) {
    return String.join(RECORD, units.stream().map(u -> u.unit() + UNIT + u.people()).toList());
  }

  @Override
  public List<UnitAsk> convertToEntityAttribute(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split(RECORD))
            .map(s -> s.split(UNIT))
            .map(p -> new UnitAsk(p[0], Integer.parseInt(p[1])))
            .toList();
  }
}
