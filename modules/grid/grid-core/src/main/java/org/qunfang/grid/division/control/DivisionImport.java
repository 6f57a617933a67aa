package org.qunfang.grid.division.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qunfang.grid.division.entity.Division;
import org.qunfang.kernel.area.DivisionCode;

/**
 * Makes the stored tree equal to the files for one area: inserts what is missing, corrects names
 * that changed, and leaves the rest untouched — so running it again writes nothing.
 */
@Dependent
public class DivisionImport {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject DivisionFiles files;

  /** Returns how many divisions were inserted or renamed, and the area's own name. */
  public Result importArea(DivisionCode area) {
    Map<DivisionCode, String> wanted = files.read(area);
    if (!wanted.containsKey(area)) {
      throw new IllegalArgumentException(
          "qunfang.home-area " + area + " is not in the division files");
    }
    Map<String, Division> stored =
        em.createQuery("select d from Division d where d.code like :prefix", Division.class)
            .setParameter("prefix", area.value().substring(0, 2) + "%")
            .getResultStream()
            .collect(Collectors.toMap(Division::getCode, Function.identity()));
    int changed = 0;
    for (Map.Entry<DivisionCode, String> entry : wanted.entrySet()) {
      Division existing = stored.get(entry.getKey().value());
      if (existing == null) {
        em.persist(new Division(entry.getKey(), entry.getValue()));
        changed++;
      } else if (existing.rename(entry.getValue())) {
        changed++;
      }
    }
    em.flush(); // written before the import is announced, so observers can read the tree
    return new Result(wanted.get(area), wanted.size(), changed);
  }

  public record Result(String areaName, int divisions, int changed) {}
}
