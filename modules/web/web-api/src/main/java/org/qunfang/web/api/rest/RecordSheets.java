package org.qunfang.web.api.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.qunfang.kernel.pii.NotExported;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.Labels;

/**
 * Any list of view records as a workbook: one column per component (ids and versions left out),
 * headed in the reader's language, enums by their labels, times in Beijing time. Views are already
 * masked, so an export shows no more than the screen; values marked {@link NotExported} (health
 * information a reader may see on screen) are masked further.
 */
public final class RecordSheets {

  private static final String TEXTS = "org.qunfang.web.Texts";

  /** What an export shows for a value it does not carry. */
  static final String MASKED = "＊＊＊";

  private RecordSheets() {}

  public static boolean exportable(Object rows) {
    return rows instanceof List<?> list && list.stream().allMatch(r -> r.getClass().isRecord());
  }

  public static void write(List<?> rows, Locale locale, OutputStream out) throws IOException {
    write(rows, rows.isEmpty() ? null : rows.get(0).getClass(), locale, out);
  }

  /** Rows of {@code type}: an empty list still has its headings, so the reader sees what is not. */
  public static void write(List<?> rows, Class<?> type, Locale locale, OutputStream out)
      throws IOException {
    Workbook workbook = new Workbook(out, "Qunfang", "1.0");
    Worksheet sheet = workbook.newWorksheet("Qunfang");
    if (type != null) {
      List<RecordComponent> columns = columns(type);
      ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale);
      for (int c = 0; c < columns.size(); c++) {
        String name = columns.get(c).getName();
        sheet.value(
            0, c, texts.containsKey("column." + name) ? texts.getString("column." + name) : name);
      }
      sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.size(); c++) {
          write(sheet, r + 1, c, value(rows.get(r), columns.get(c)), locale);
        }
      }
    }
    workbook.finish();
  }

  private static List<RecordComponent> columns(Class<?> type) {
    List<RecordComponent> columns = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getType() != UUID.class && !component.getName().equals("version")) {
        columns.add(component);
      }
    }
    return columns;
  }

  private static Object value(Object row, RecordComponent component) {
    try {
      Object value = component.getAccessor().invoke(row);
      return value != null && component.isAnnotationPresent(NotExported.class) ? MASKED : value;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Worksheet sheet, int r, int c, Object value, Locale locale) {
    if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value != null) {
      sheet.value(r, c, text(value, locale));
    }
  }

  static String text(Object value, Locale locale) {
    if (value instanceof Boolean yes) {
      ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale);
      String key = "boolean." + yes;
      return texts.containsKey(key) ? texts.getString(key) : yes ? "是" : "否";
    }
    if (value instanceof Enum<?> e) {
      String label = Labels.message(e).in(locale);
      return label.equals(Labels.message(e).key()) ? e.name() : label;
    }
    if (value instanceof Instant instant) {
      return Beijing.format(instant);
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> text(v, locale)).orElse("");
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> text(e.getKey(), locale) + "：" + text(e.getValue(), locale))
          .collect(Collectors.joining("，"));
    }
    if (value instanceof Collection<?> many) {
      return many.stream().allMatch(v -> v.getClass().isRecord())
          ? String.valueOf(many.size())
          : many.stream().map(v -> text(v, locale)).collect(Collectors.joining("、"));
    }
    return String.valueOf(value);
  }
}
