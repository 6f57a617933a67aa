package org.qunfang.reports.api.kind;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rows as report fields: a record's components by name, and the ways ledgers print values. */
public final class ReportRows {

  private ReportRows() {}

  public static Map<String, Object> of(Record row) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (RecordComponent component : row.getClass().getRecordComponents()) {
      try {
        fields.put(component.getName(), component.getAccessor().invoke(row));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return fields;
  }

  /** "85.0%" */
  public static String percent(double value) {
    return String.format("%.1f%%", value);
  }

  public static String yesNo(boolean value) {
    return value ? "是" : "否";
  }
}
