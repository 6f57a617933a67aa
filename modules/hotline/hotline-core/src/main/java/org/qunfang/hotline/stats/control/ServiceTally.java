package org.qunfang.hotline.stats.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.qunfang.hotline.api.stats.ServiceMode;
import org.qunfang.hotline.api.stats.ServiceRow;

/**
 * Adds person-times up into the statistics table: rows per agency and day, a subtotal per agency, a
 * total. Entered and counted figures are kept apart so a reader sees where each came from.
 */
public final class ServiceTally {

  /** Person-times of an agency on a day in a mode, entered or counted from calls. */
  public record Figure(UUID agencyId, LocalDate day, ServiceMode mode, long personTimes) {}

  private ServiceTally() {}

  public static List<ServiceRow> table(
      List<Figure> entered, List<Figure> fromCalls, Map<UUID, String> agencyNames) {
    // agency → day → [offline, phone, online, entered, from calls]
    Map<UUID, TreeMap<LocalDate, long[]>> sums = new TreeMap<>(byName(agencyNames));
    add(sums, entered, 3);
    add(sums, fromCalls, 4);
    List<ServiceRow> rows = new ArrayList<>();
    long[] total = new long[5];
    sums.forEach(
        (agency, days) -> {
          long[] subtotal = new long[5];
          days.forEach(
              (day, s) -> {
                rows.add(row(agency, agencyNames.get(agency), day, s));
                addTo(subtotal, s);
              });
          rows.add(row(agency, agencyNames.get(agency), null, subtotal));
          addTo(total, subtotal);
        });
    rows.add(row(null, null, null, total));
    return rows;
  }

  private static void add(
      Map<UUID, TreeMap<LocalDate, long[]>> sums, List<Figure> figures, int source) {
    for (Figure f : figures) {
      long[] s =
          sums.computeIfAbsent(f.agencyId(), a -> new TreeMap<>())
              .computeIfAbsent(f.day(), d -> new long[5]);
      s[f.mode().ordinal()] += f.personTimes();
      s[source] += f.personTimes();
    }
  }

  private static void addTo(long[] sum, long[] s) {
    for (int i = 0; i < s.length; i++) {
      sum[i] += s[i];
    }
  }

  private static ServiceRow row(UUID agency, String name, LocalDate day, long[] s) {
    return new ServiceRow(agency, name, day, s[0], s[1], s[2], s[3], s[4], s[3] + s[4]);
  }

  /** Agencies in name order (then id, so two of one name stay apart). */
  private static Comparator<UUID> byName(Map<UUID, String> names) {
    return Comparator.comparing((UUID id) -> names.getOrDefault(id, ""))
        .thenComparing(Comparator.naturalOrder());
  }
}
