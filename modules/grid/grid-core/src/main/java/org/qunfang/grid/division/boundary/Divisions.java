package org.qunfang.grid.division.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.grid.division.entity.Division;
import org.qunfang.kernel.area.AreaScope;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.division.DivisionNode;
import org.qunfang.kernel.division.DivisionView;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/**
 * Reads of the division tree. Open to every role ({@code @PermitAll}), but each read is cut to the
 * caller's area, which the caller profile supplies only for an authenticated, enabled account.
 */
@Stateless
@AuditRefusals
@PermitAll
public class Divisions implements DivisionDirectory {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Override
  public DivisionView home() {
    return get(caller.profile().homeDivision());
  }

  @Override
  public DivisionView get(String code) {
    caller.scope().require(code);
    Division division = em.find(Division.class, code);
    if (division == null) {
      throw new NotFound(new Message(TEXTS, "division.notFound", code), "code");
    }
    return view(division, children(division.getCode()).size());
  }

  @Override
  public List<DivisionView> children(String code) {
    caller.scope().require(code);
    List<Division> children =
        em.createNamedQuery(Division.CHILDREN, Division.class)
            .setParameter("code", code)
            .getResultList();
    Map<String, Long> grandchildren = childCounts(children);
    return children.stream()
        .map(child -> view(child, grandchildren.getOrDefault(child.getCode(), 0L).intValue()))
        .toList();
  }

  @Override
  public DivisionNode tree(String code, int depth) {
    AreaScope scope = caller.scope();
    scope.require(code);
    if (depth < 0 || depth > 3) {
      throw new InvalidInput(new Message(TEXTS, "division.depth"), "depth");
    }
    List<Division> subtree =
        em.createNamedQuery(Division.SUBTREE, Division.class)
            .setParameter("prefix", code + "%")
            .getResultList();
    Map<String, List<Division>> byParent =
        subtree.stream()
            .filter(d -> d.getParentCode() != null)
            .collect(Collectors.groupingBy(Division::getParentCode));
    Division root =
        subtree.stream()
            .filter(d -> d.getCode().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFound(new Message(TEXTS, "division.notFound", code), "code"));
    return node(root, byParent, depth);
  }

  @Override
  public List<DivisionView> search(String query, int limit) {
    String text = query == null ? "" : query.strip();
    if (text.isEmpty() || text.length() > 50) {
      throw new InvalidInput(new Message(TEXTS, "division.searchText"), "q");
    }
    int max = Math.max(1, Math.min(limit, MAX_SEARCH_RESULTS));
    String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    List<Division> found =
        em.createNamedQuery(Division.SEARCH, Division.class)
            .setParameter("scope", caller.scope().likePattern())
            .setParameter("name", "%" + escaped + "%")
            .setParameter("code", escaped + "%")
            .setMaxResults(max)
            .getResultList();
    Map<String, Long> counts = childCounts(found);
    return found.stream()
        .map(d -> view(d, counts.getOrDefault(d.getCode(), 0L).intValue()))
        .toList();
  }

  @Override
  public boolean exists(String code) {
    return nameOf(code).isPresent();
  }

  @Override
  public Optional<String> nameOf(String code) {
    return Optional.ofNullable(code).map(c -> em.find(Division.class, c)).map(Division::getName);
  }

  private Map<String, Long> childCounts(List<Division> divisions) {
    if (divisions.isEmpty()) {
      return Map.of();
    }
    List<String> codes = divisions.stream().map(Division::getCode).toList();
    return em.createQuery(
            "select d.parentCode, count(d) from Division d where d.parentCode in :codes"
                + " group by d.parentCode",
            Object[].class)
        .setParameter("codes", codes)
        .getResultStream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
  }

  private static DivisionNode node(
      Division division, Map<String, List<Division>> byParent, int depth) {
    List<Division> below = byParent.getOrDefault(division.getCode(), List.of());
    List<DivisionNode> children = new ArrayList<>();
    if (depth > 0) {
      below.stream()
          .sorted(Comparator.comparing(Division::getCode))
          .forEach(child -> children.add(node(child, byParent, depth - 1)));
    }
    return new DivisionNode(view(division, below.size()), children);
  }

  private static DivisionView view(Division division, int childCount) {
    return new DivisionView(
        division.getCode(),
        division.getName(),
        division.getLevel(),
        division.getParentCode(),
        childCount);
  }
}
