package org.qunfang.care.help.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.qunfang.care.api.help.HelpFigures;
import org.qunfang.care.api.help.HelpKind;

/** Counts of help done per community, rolled up to the divisions one level below the area. */
public final class HelpTable {

  private HelpTable() {}

  /** A community's counts as the queries give them. */
  public record Counts(String code, HelpKind kind, long times) {}

  public static List<HelpFigures.Row> rows(
      List<Counts> times, Map<String, Long> families, int digits, Function<String, String> names) {
    Map<String, Map<HelpKind, Long>> byKind = new TreeMap<>();
    Map<String, Long> fam = new TreeMap<>();
    for (Counts c : times) {
      byKind
          .computeIfAbsent(cut(c.code(), digits), k -> new EnumMap<>(HelpKind.class))
          .merge(c.kind(), c.times(), Long::sum);
    }
    families.forEach((code, n) -> fam.merge(cut(code, digits), n, Long::sum));
    return byKind.entrySet().stream()
        .map(
            e ->
                new HelpFigures.Row(
                    e.getKey(),
                    names.apply(e.getKey()),
                    fam.getOrDefault(e.getKey(), 0L),
                    e.getValue().values().stream().mapToLong(Long::longValue).sum(),
                    e.getValue()))
        .toList();
  }

  public static HelpFigures.Row total(List<HelpFigures.Row> rows, String code, String name) {
    Map<HelpKind, Long> kinds = new EnumMap<>(HelpKind.class);
    long families = 0;
    long times = 0;
    for (HelpFigures.Row row : rows) {
      families += row.families();
      times += row.times();
      row.byKind().forEach((k, n) -> kinds.merge(k, n, Long::sum));
    }
    return new HelpFigures.Row(code, name, families, times, kinds);
  }

  private static String cut(String code, int digits) {
    return code.substring(0, Math.min(digits, code.length()));
  }
}
