package org.qunfang.care.figures.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.qunfang.care.api.figures.FigureRow;

/**
 * Rolls community rows up to the level below an area: a township's communities stay as they are, a
 * district's become its townships; the total adds everything up.
 */
public final class FigureTable {

  private FigureTable() {}

  /**
   * Rows keyed by the first {@code digits} of their code, named by {@code names}, in code order.
   */
  public static List<FigureRow> rollUp(
      List<FigureRow> communities, int digits, Function<String, String> names) {
    Map<String, FigureRow> rolled = new TreeMap<>();
    for (FigureRow row : communities) {
      String code = row.code().substring(0, Math.min(digits, row.code().length()));
      rolled.merge(code, row.plus(FigureRow.zero(code, "")), (a, b) -> a.plus(b));
    }
    Map<String, FigureRow> named = new LinkedHashMap<>();
    rolled.forEach(
        (code, row) -> named.put(code, row.plus(FigureRow.zero(code, names.apply(code)))));
    return List.copyOf(named.values());
  }

  public static FigureRow total(List<FigureRow> rows, String code, String name) {
    FigureRow total = FigureRow.zero(code, name);
    for (FigureRow row : rows) {
      total = row.plus(total);
    }
    return total;
  }

  /** How long the codes one level below an area are: a township's communities have 12 digits. */
  public static int childDigits(String area) {
    return switch (area.length()) {
      case 2 -> 4;
      case 4 -> 6;
      case 6 -> 9;
      default -> 12;
    };
  }
}
