package org.qunfang.grid.household.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.grid.api.ResidentPage;
import org.qunfang.grid.api.ResidentQuery;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.pii.Pii;

/**
 * Finds residents by area, grid, name beginning, tag, or exactly by ID number or phone (through
 * their keyed hashes, so no row is decrypted to search). Pages are ordered by division and id, the
 * order of the {@code resident_division} index.
 */
@Dependent
public class ResidentSearch {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Inject GridReach reach;

  @Inject ResidentViews views;

  public ResidentPage search(ResidentQuery query) {
    String area =
        query.area() == null || query.area().isBlank()
            ? caller.profile().homeDivision()
            : query.area();
    caller.scope().require(area);
    if (query.gridId() != null && reach.find(query.gridId()).isEmpty()) {
      return new ResidentPage(List.of(), 0, query.page(), query.size());
    }
    Set<UUID> grids = reach.limitedToAssignments() ? reach.assignedSmallGrids() : null;
    if (grids != null && grids.isEmpty()) {
      return new ResidentPage(List.of(), 0, query.page(), query.size());
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Resident> counted = count.from(Resident.class);
    count.select(cb.count(counted)).where(criteria(cb, count, counted, query, area, grids));
    long total = em.createQuery(count).getSingleResult();
    if (total == 0) {
      return new ResidentPage(List.of(), 0, query.page(), query.size());
    }

    CriteriaQuery<Resident> select = cb.createQuery(Resident.class);
    Root<Resident> r = select.from(Resident.class);
    select
        .select(r)
        .where(criteria(cb, select, r, query, area, grids))
        .orderBy(cb.asc(r.get("divisionCode")), cb.asc(r.get("id")));
    List<Resident> found =
        em.createQuery(select)
            .setFirstResult(query.page() * query.size())
            .setMaxResults(query.size())
            .getResultList();
    return new ResidentPage(views.of(found), total, query.page(), query.size());
  }

  private static Predicate[] criteria(
      CriteriaBuilder cb,
      AbstractQuery<?> asked,
      Root<Resident> r,
      ResidentQuery query,
      String area,
      Set<UUID> grids) {
    List<Predicate> where = new ArrayList<>();
    DivisionCode division = DivisionCode.of(area);
    where.add(cb.greaterThanOrEqualTo(r.get("divisionCode"), division.value()));
    where.add(cb.lessThan(r.get("divisionCode"), division.upperBound()));
    if (grids != null) {
      where.add(r.get("gridId").in(grids));
    }
    if (query.gridId() != null) {
      where.add(cb.equal(r.get("gridId"), query.gridId()));
    }
    if (query.name() != null && !query.name().isBlank()) {
      where.add(cb.like(r.get("name"), escape(query.name().strip()) + "%", '\\'));
    }
    if (query.idNumber() != null && !query.idNumber().isBlank()) {
      where.add(cb.equal(r.get("idHash"), Pii.protection().lookupHash(query.idNumber())));
    }
    if (query.phone() != null && !query.phone().isBlank()) {
      where.add(cb.equal(r.get("phoneHash"), Pii.protection().lookupHash(query.phone())));
    }
    if (query.tag() != null && !query.tag().isBlank()) {
      where.add(cb.equal(r.join("tags"), query.tag()));
    }
    if (query.words() != null && !query.words().isBlank()) {
      where.add(matching(cb, asked, r, SearchWords.of(query.words()), division));
    }
    return where.toArray(Predicate[]::new);
  }

  /** The search box: an ID or mobile number exactly, else a name's start or an address's part. */
  private static Predicate matching(
      CriteriaBuilder cb,
      AbstractQuery<?> asked,
      Root<Resident> r,
      SearchWords words,
      DivisionCode division) {
    return switch (words.kind()) {
      case ID_NUMBER -> cb.equal(r.get("idHash"), Pii.protection().lookupHash(words.text()));
      case MOBILE -> cb.equal(r.get("phoneHash"), Pii.protection().lookupHash(words.text()));
      case NAME_OR_ADDRESS -> {
        Subquery<UUID> at = asked.subquery(UUID.class);
        Root<Household> h = at.from(Household.class);
        at.select(h.get("id"))
            .where(
                cb.greaterThanOrEqualTo(h.get("divisionCode"), division.value()),
                cb.lessThan(h.get("divisionCode"), division.upperBound()),
                cb.like(h.get("address"), "%" + escape(words.text()) + "%", '\\'));
        yield cb.or(
            cb.like(r.get("name"), escape(words.text()) + "%", '\\'), r.get("householdId").in(at));
      }
    };
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
