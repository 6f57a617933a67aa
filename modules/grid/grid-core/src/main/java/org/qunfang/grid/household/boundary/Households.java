package org.qunfang.grid.household.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.BuildingView;
import org.qunfang.grid.api.HouseholdChange;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.HouseholdView;
import org.qunfang.grid.api.NewBuilding;
import org.qunfang.grid.api.NewHousehold;
import org.qunfang.grid.api.NewPopulationTag;
import org.qunfang.grid.api.NewResident;
import org.qunfang.grid.api.PopulationTagView;
import org.qunfang.grid.api.ResidentChange;
import org.qunfang.grid.api.ResidentPage;
import org.qunfang.grid.api.ResidentPersonal;
import org.qunfang.grid.api.ResidentQuery;
import org.qunfang.grid.api.ResidentView;
import org.qunfang.grid.api.Sex;
import org.qunfang.grid.household.control.InReach;
import org.qunfang.grid.household.control.RegisteredPeople;
import org.qunfang.grid.household.control.ResidentSearch;
import org.qunfang.grid.household.control.ResidentViews;
import org.qunfang.grid.household.entity.Building;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.household.entity.PopulationTag;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.audit.AuditTrail;
import org.qunfang.kernel.pii.Masking;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.validation.CitizenIds;
import org.qunfang.kernel.validation.Inputs;

/** Buildings, households and residents of the small grids within the caller's reach. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class Households implements HouseholdRegister {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject Validator validator;

  @Inject RegisteredPeople people;

  @Inject CurrentCaller caller;

  @Inject GridReach reach;

  @Inject ResidentSearch searching;

  @Inject ResidentViews views;

  @Inject InReach inReach;

  @Override
  public BuildingView addBuilding(NewBuilding request) {
    Inputs.valid(validator, request);
    Grid grid = reach.smallGrid(request.gridId());
    Building building = new Building(grid.getId(), request.name(), request.address());
    em.persist(building);
    flushOrConflict("building.exists", request.name());
    return view(building, 0);
  }

  @Override
  public List<BuildingView> buildings(UUID gridId) {
    Grid grid = reach.smallGrid(gridId);
    Map<UUID, Long> households = new java.util.HashMap<>();
    em.createQuery(
            "select h.building.id, count(h) from Household h where h.gridId = :grid"
                + " and h.building is not null group by h.building.id",
            Object[].class)
        .setParameter("grid", grid.getId())
        .getResultStream()
        .forEach(row -> households.put((UUID) row[0], (Long) row[1]));
    return em.createNamedQuery(Building.OF_GRID, Building.class)
        .setParameter("grid", grid.getId())
        .getResultStream()
        .map(b -> view(b, households.getOrDefault(b.getId(), 0L)))
        .toList();
  }

  @Override
  public HouseholdView addHousehold(NewHousehold request) {
    Inputs.valid(validator, request);
    Grid grid = reach.smallGrid(request.gridId());
    Household household =
        new Household(
            grid.getId(),
            grid.getDivisionCode(),
            building(grid, request.buildingId()),
            request.address(),
            request.room());
    em.persist(household);
    em.flush();
    return views.of(household);
  }

  @Override
  public HouseholdView household(UUID id) {
    return views.of(household(id, "household.notFound"));
  }

  @Override
  public List<HouseholdView> households(UUID gridId) {
    Grid grid = reach.smallGrid(gridId);
    return em.createNamedQuery(Household.OF_GRID, Household.class)
        .setParameter("grid", grid.getId())
        .getResultStream()
        .map(views::of)
        .toList();
  }

  @Override
  public HouseholdView change(UUID householdId, HouseholdChange change) {
    Inputs.valid(validator, change);
    Household household = household(householdId, "household.notFound");
    household.requireVersion(change.version(), TEXTS, "household.changedByOther");
    Grid grid = em.find(Grid.class, household.getGridId());
    household.relocate(building(grid, change.buildingId()), change.address(), change.room());
    em.flush();
    return views.of(household);
  }

  @Override
  public ResidentView addResident(UUID householdId, NewResident request) {
    Inputs.valid(validator, request);
    Household household = household(householdId, "household.notFound");
    requireKnownTags(request.tags());
    Sex sex = request.sex();
    LocalDate birth = request.birthDate();
    if (request.idNumber() != null) {
      refuseDuplicate(request.idNumber());
      sex = CitizenIds.isMale(request.idNumber()) ? Sex.MALE : Sex.FEMALE;
      birth = CitizenIds.birthDate(request.idNumber()).orElseThrow();
    } else if (sex == null || birth == null) {
      throw new InvalidInput(new Message(TEXTS, "resident.sexAndBirthNeeded"), "idNumber");
    }
    Resident resident =
        new Resident(
            household,
            request.name(),
            request.idNumber(),
            sex,
            birth,
            request.relation(),
            request.residenceType());
    resident.describe(
        request.name(),
        request.phone(),
        request.relation(),
        request.residenceType(),
        request.tags());
    em.persist(resident);
    try {
      em.flush();
    } catch (PersistenceException raced) { // the same person entered at the same moment
      refuseDuplicate(request.idNumber());
      throw raced;
    }
    return views.of(resident);
  }

  @Override
  public ResidentView change(UUID residentId, ResidentChange change) {
    Inputs.valid(validator, change);
    Resident resident = reachable(residentId);
    resident.requireVersion(change.version(), TEXTS, "resident.changedByOther");
    requireKnownTags(change.tags());
    resident.describe(
        change.name(), change.phone(), change.relation(), change.residenceType(), change.tags());
    em.flush();
    return views.of(resident);
  }

  @Override
  public ResidentView resident(UUID residentId) {
    return views.of(reachable(residentId));
  }

  @Override
  public ResidentPage search(ResidentQuery query) {
    return searching.search(Inputs.valid(validator, query)); // bounded paging on every path
  }

  @Override
  public Optional<ResidentView> findByIdNumber(String idNumber) {
    return people
        .byIdNumber(idNumber)
        .filter(r -> reach.find(r.getGridId()).isPresent())
        .map(views::of);
  }

  @Override
  public ResidentPersonal reveal(UUID residentId) {
    Resident resident = reachable(residentId);
    AuditTrail.recordIn(
        resident.getDivisionCode(),
        "Resident",
        resident.getId().toString(),
        AuditAction.VIEW_FULL,
        Map.of("fields", "idNumber,phone"));
    return new ResidentPersonal(
        resident.getId(), resident.getName(), resident.getIdNumber(), resident.getPhone());
  }

  @Override
  public List<PopulationTagView> tags() {
    return em.createNamedQuery(PopulationTag.ALL, PopulationTag.class)
        .getResultStream()
        .map(Households::view)
        .toList();
  }

  @Override
  @RolesAllowed(Role.Names.DISTRICT_ADMIN)
  public PopulationTagView addTag(NewPopulationTag request) {
    Inputs.valid(validator, request);
    if (em.find(PopulationTag.class, request.code()) != null) {
      throw new Conflict(new Message(TEXTS, "tag.exists", request.code()), "code");
    }
    PopulationTag tag = new PopulationTag(request.code(), request.nameZh(), request.nameEn());
    em.persist(tag);
    AuditTrail.record(
        "PopulationTag",
        tag.getCode(),
        AuditAction.CREATE,
        Map.of("nameZh", tag.getNameZh(), "nameEn", tag.getNameEn()));
    return view(tag);
  }

  /**
   * A person is recorded once. Inside the caller's area the refusal names where, so they can find
   * them; outside it, only that they are registered elsewhere and which township to ask.
   */
  private void refuseDuplicate(String idNumber) {
    people
        .byIdNumber(idNumber)
        .ifPresent(
            existing -> {
              if (!caller.scope().covers(existing.getDivisionCode())) {
                throw new Conflict(
                    new Message(
                        TEXTS,
                        "resident.registeredElsewhere",
                        Masking.idNumber(idNumber),
                        people.whomToAsk(existing.getDivisionCode())),
                    "idNumber");
              }
              Grid grid = em.find(Grid.class, existing.getGridId());
              throw new Conflict(
                  new Message(
                      TEXTS,
                      "resident.duplicate",
                      Masking.idNumber(idNumber),
                      Masking.name(existing.getName()),
                      grid.getCode(),
                      grid.getName()),
                  "idNumber");
            });
  }

  private void requireKnownTags(Set<String> tags) {
    for (String tag : tags) {
      if (em.find(PopulationTag.class, tag) == null) {
        throw new InvalidInput(new Message(TEXTS, "resident.unknownTag", tag), "tags");
      }
    }
  }

  private Building building(Grid grid, UUID id) {
    if (id == null) {
      return null;
    }
    Building building = em.find(Building.class, id);
    if (building == null || !building.getGridId().equals(grid.getId())) {
      throw new InvalidInput(new Message(TEXTS, "building.notFound"), "buildingId");
    }
    return building;
  }

  private Household household(UUID id, String missing) {
    return inReach.household(id, missing);
  }

  private Resident reachable(UUID id) {
    return inReach.resident(id);
  }

  private void flushOrConflict(String key, Object arg) {
    try {
      em.flush();
    } catch (PersistenceException clash) {
      throw new Conflict(new Message(TEXTS, key, arg));
    }
  }

  private static BuildingView view(Building b, long households) {
    return new BuildingView(b.getId(), b.getGridId(), b.getName(), b.getAddress(), households);
  }

  private static PopulationTagView view(PopulationTag t) {
    return new PopulationTagView(t.getCode(), t.getNameZh(), t.getNameEn(), t.isBuiltIn());
  }
}
