package org.qunfang.grid.household.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qunfang.grid.api.HouseholdView;
import org.qunfang.grid.api.ResidentView;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.kernel.pii.Masking;

/** Households and residents as screens see them: ID numbers and phones masked. */
@Dependent
public class ResidentViews {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  public HouseholdView of(Household household) {
    List<ResidentView> members =
        em.createNamedQuery(Resident.OF_HOUSEHOLD, Resident.class)
            .setParameter("grid", household.getGridId())
            .setParameter("household", household.getId())
            .getResultStream()
            .sorted(Comparator.comparing(Resident::getRelation))
            .map(r -> of(r, household))
            .toList();
    return new HouseholdView(
        household.getId(),
        household.getGridId(),
        gridCode(household.getGridId()),
        household.getBuildingId(),
        household.getAddress(),
        household.getRoom(),
        members,
        household.getVersion());
  }

  public ResidentView of(Resident resident) {
    return of(resident, em.find(Household.class, resident.getHouseholdId()));
  }

  /** Views of many residents with one query for their households. */
  public List<ResidentView> of(List<Resident> residents) {
    Collection<UUID> ids = residents.stream().map(Resident::getHouseholdId).distinct().toList();
    Map<UUID, Household> households =
        ids.isEmpty()
            ? Map.of()
            : em.createQuery("select h from Household h where h.id in :ids", Household.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Household::getId, Function.identity()));
    return residents.stream().map(r -> of(r, households.get(r.getHouseholdId()))).toList();
  }

  private ResidentView of(Resident r, Household household) {
    return new ResidentView(
        r.getId(),
        r.getHouseholdId(),
        r.getGridId(),
        gridCode(r.getGridId()),
        r.getDivisionCode(),
        r.getName(),
        Masking.idNumber(r.getIdNumber()),
        Masking.mobile(r.getPhone()),
        r.getSex(),
        r.getBirthDate(),
        r.getRelation(),
        r.getResidenceType(),
        r.getTags(),
        household == null ? null : household.fullAddress(),
        r.getStatus(),
        r.getLeftOn(),
        r.getVersion());
  }

  private String gridCode(UUID gridId) {
    return em.find(Grid.class, gridId).getCode();
  }
}
