package org.qunfang.reports.kinds.control;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/** Ledger rows as report fields: a record's components by name, plus what the layout adds. */
final class LedgerRows {

  private static final ResourceBundle LABELS =
      ResourceBundle.getBundle(TEXTS, java.util.Locale.SIMPLIFIED_CHINESE);

  private LedgerRows() {}

  static Map<String, Object> of(Record row) {
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
  static String percent(double value) {
    return String.format("%.1f%%", value);
  }

  /** A choice's Chinese label, as the ledger prints it. */
  static String label(Enum<?> value) {
    return LABELS.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  static String yesNo(boolean value) {
    return value ? "是" : "否";
  }
}
