package org.qunfang.grid.organisation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.division.entity.Division;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.kernel.area.DivisionCode;

/**
 * Adds per-grid counters up to grids, communities or townships. Every grid given is a line's part
 * even with nothing counted, so totals (households registered, say) cover the whole area.
 */
@Dependent
public class AreaRollup {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  /** A grid's, community's or township's counters, in the order the caller counts them. */
  public record Line(String code, String name, long[] counts) {}

  public List<Line> roll(List<Grid> grids, AreaLevel level, Map<UUID, long[]> counts, int width) {
    Map<String, long[]> sums = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    for (Grid grid : grids) {
      String key = keyOf(grid, level);
      if (level == AreaLevel.GRID) {
        names.put(key, grid.getName());
      }
      long[] sum = sums.computeIfAbsent(key, k -> new long[width]);
      long[] count = counts.get(grid.getId());
      for (int i = 0; count != null && i < width; i++) {
        sum[i] += count[i];
      }
    }
    if (level != AreaLevel.GRID) {
      names.putAll(divisionNames(sums.keySet()));
    }
    List<Line> lines = new ArrayList<>();
    sums.forEach((code, sum) -> lines.add(new Line(code, names.getOrDefault(code, code), sum)));
    return lines;
  }

  /** The sum of every line. */
  public static long[] total(List<Line> lines, int width) {
    long[] total = new long[width];
    lines.forEach(
        line -> {
          for (int i = 0; i < width; i++) {
            total[i] += line.counts()[i];
          }
        });
    return total;
  }

  /** A grouped named query's rows (grid id, count…) over the divisions of {@code area}. */
  public List<Object[]> perGrid(String namedQuery, DivisionCode area) {
    return em.createNamedQuery(namedQuery, Object[].class)
        .setParameter("lo", area.value())
        .setParameter("hi", area.upperBound())
        .getResultList();
  }

  /** Adds grouped (grid id, value…) rows into per-grid counters: value i goes to {@code at[i]}. */
  public static void addUp(Map<UUID, long[]> counts, List<Object[]> rows, int width, int... at) {
    for (Object[] row : rows) {
      long[] count = counts.computeIfAbsent((UUID) row[0], id -> new long[width]);
      for (int i = 0; i < at.length; i++) {
        count[at[i]] += row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
      }
    }
  }

  public String divisionName(String code) {
    Division division = em.find(Division.class, code);
    return division == null ? code : division.getName();
  }

  private Map<String, String> divisionNames(java.util.Collection<String> codes) {
    Map<String, String> names = new HashMap<>();
    if (!codes.isEmpty()) {
      em.createQuery("select d from Division d where d.code in :codes", Division.class)
          .setParameter("codes", List.copyOf(codes))
          .getResultStream()
          .forEach(d -> names.put(d.getCode(), d.getName()));
    }
    return names;
  }

  private static String keyOf(Grid grid, AreaLevel level) {
    return switch (level) {
      case GRID -> grid.getCode();
      case COMMUNITY -> grid.getDivisionCode();
      case TOWNSHIP -> grid.getDivisionCode().substring(0, 9);
    };
  }
}
