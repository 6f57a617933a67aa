package org.qunfang.grid.screening.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.NewResident;
import org.qunfang.grid.api.Relation;
import org.qunfang.grid.api.ResidenceType;
import org.qunfang.grid.api.screening.ArrivalFollowUp;
import org.qunfang.grid.api.screening.ArrivalPersonal;
import org.qunfang.grid.api.screening.ArrivalView;
import org.qunfang.grid.api.screening.FollowUp;
import org.qunfang.grid.api.screening.NewArrival;
import org.qunfang.grid.api.screening.PhoneCall;
import org.qunfang.grid.api.screening.PhoneCheckView;
import org.qunfang.grid.api.screening.PhoneListView;
import org.qunfang.grid.api.screening.PhoneOutcome;
import org.qunfang.grid.api.screening.Screening;
import org.qunfang.grid.household.control.RegisteredPeople;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.grid.intake.control.TableWriter;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.grid.screening.control.PhoneNumbers;
import org.qunfang.grid.screening.entity.Arrival;
import org.qunfang.grid.screening.entity.PhoneCheck;
import org.qunfang.grid.screening.entity.PhoneList;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.audit.AuditTrail;
import org.qunfang.kernel.entity.Ids;
import org.qunfang.kernel.pii.Masking;
import org.qunfang.kernel.pii.Pii;
import org.qunfang.kernel.pii.PiiProtection;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.validation.Inputs;

/** Arrivals registered and followed up; carriers' phone lists worked through number by number. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class ScreeningDesk implements Screening {

  private static final String ARRIVAL_TAG = "ARRIVAL";

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject Validator validator;

  @Inject RegisteredPeople people;

  @Resource(lookup = "jdbc/qunfang")
  DataSource dataSource;

  @Inject GridReach reach;

  @Inject CurrentCaller caller;

  @Inject HouseholdRegister register;

  @Override
  public ArrivalView register(NewArrival request) {
    Inputs.valid(validator, request);
    Grid grid = reach.smallGrid(request.gridId());
    Arrival arrival = new Arrival(grid.getId(), grid.getDivisionCode(), request);
    if (request.idNumber() != null) {
      // linked at once only to someone the caller may see; elsewhere is for filing to say
      people
          .byIdNumber(request.idNumber())
          .filter(r -> caller.scope().covers(r.getDivisionCode()))
          .ifPresent(arrival::file);
    }
    em.persist(arrival);
    em.flush();
    return view(arrival);
  }

  @Override
  public ArrivalView follow(UUID arrivalId, ArrivalFollowUp followUp) {
    Inputs.valid(validator, followUp);
    Arrival arrival = reached(arrivalId);
    arrival.requireVersion(followUp.version(), TEXTS, "arrival.changedByOther");
    arrival.follow(followUp.status(), followUp.note());
    em.flush();
    return view(arrival);
  }

  @Override
  public ArrivalView file(UUID arrivalId, UUID householdId, Relation relation, ResidenceType type) {
    Arrival arrival = reached(arrivalId);
    if (arrival.getResidentId() != null) {
      throw new Conflict(new Message(TEXTS, "arrival.alreadyFiled"));
    }
    if (arrival.getIdNumber() == null) {
      throw new InvalidInput(new Message(TEXTS, "arrival.idNeeded"), "idNumber");
    }
    Household household = householdId == null ? null : em.find(Household.class, householdId);
    if (household == null || !household.getGridId().equals(arrival.getGridId())) {
      throw new InvalidInput(new Message(TEXTS, "arrival.householdOtherGrid"), "householdId");
    }
    Optional<Resident> registered = people.byIdNumber(arrival.getIdNumber());
    if (registered.isPresent() && !caller.scope().covers(registered.get().getDivisionCode())) {
      throw new Conflict(
          new Message(
              TEXTS,
              "resident.registeredElsewhere",
              Masking.idNumber(arrival.getIdNumber()),
              people.whomToAsk(registered.get().getDivisionCode())),
          "idNumber");
    }
    Resident resident =
        registered.orElseGet(
            () ->
                em.find(
                    Resident.class,
                    register
                        .addResident(
                            household.getId(),
                            new NewResident(
                                arrival.getName(),
                                arrival.getIdNumber(),
                                arrival.getPhone(),
                                null,
                                null,
                                relation == null ? Relation.OTHER_RELATIVE : relation,
                                type == null ? ResidenceType.FLOATING : type,
                                Set.of(ARRIVAL_TAG)))
                        .id()));
    arrival.file(resident);
    em.flush();
    return view(arrival);
  }

  @Override
  public List<ArrivalView> arrivals(String area, FollowUp status) {
    DivisionCode within = reach.area(area);
    TypedQuery<Arrival> query =
        status == null
            ? em.createNamedQuery(Arrival.IN_AREA, Arrival.class)
            : em.createNamedQuery(Arrival.IN_AREA_WITH_STATUS, Arrival.class)
                .setParameter("status", status);
    return query
        .setParameter("lo", within.value())
        .setParameter("hi", within.upperBound())
        .getResultStream()
        .filter(a -> reach.find(a.getGridId()).isPresent())
        .map(this::view)
        .toList();
  }

  @Override
  public ArrivalPersonal reveal(UUID arrivalId) {
    Arrival arrival = reached(arrivalId);
    AuditTrail.recordIn(
        arrival.getDivisionCode(),
        "Arrival",
        arrival.getId().toString(),
        AuditAction.VIEW_FULL,
        Map.of("fields", "idNumber,phone"));
    return new ArrivalPersonal(
        arrival.getId(), arrival.getName(), arrival.getIdNumber(), arrival.getPhone());
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public PhoneListView importList(
      String name, String source, String divisionCode, String fileName, byte[] content) {
    requireText(name, "name", 60);
    requireText(source, "source", 60);
    DivisionCode area = reach.area(divisionCode);
    if (area.level() != DivisionLevel.TOWNSHIP && area.level() != DivisionLevel.VILLAGE) {
      throw new InvalidInput(new Message(TEXTS, "phones.notCommunityOrTownship"), "divisionCode");
    }
    List<String> numbers = PhoneNumbers.read(fileName, content);
    UUID listId = Ids.next();
    String actor = caller.profile().username();
    OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    PiiProtection pii = Pii.protection();
    // Plain JDBC in this transaction: a carrier's list runs to tens of thousands of numbers.
    try (Connection connection = dataSource.getConnection()) {
      try (TableWriter out =
          TableWriter.open(
              connection,
              "grid.phone_list",
              TableWriter.audited("name", "source", "division_code", "numbers"))) {
        out.add(
            TableWriter.stamped(listId, actor, now, name, source, area.value(), numbers.size()));
      }
      try (TableWriter out =
          TableWriter.open(
              connection,
              "grid.phone_check",
              TableWriter.audited("list_id", "division_code", "phone", "phone_hash"))) {
        for (String number : numbers) {
          out.add(
              TableWriter.stamped(
                  Ids.next(),
                  actor,
                  now,
                  listId,
                  area.value(),
                  pii.encrypt(number),
                  pii.lookupHash(number)));
        }
      }
    } catch (SQLException failed) {
      throw new IllegalStateException("Writing phone list " + listId + " failed", failed);
    }
    AuditTrail.record(
        "PhoneList",
        listId.toString(),
        AuditAction.CREATE,
        Map.of(
            "name", name, "divisionCode", area.value(), "numbers", String.valueOf(numbers.size())));
    // Written on a plain connection, the list is not yet visible to JPA in this transaction.
    return new PhoneListView(
        listId, name, source, area.value(), now.toInstant(), numbers.size(), 0, Map.of());
  }

  @Override
  public List<PhoneListView> lists() {
    DivisionCode area = reach.area(null);
    List<PhoneList> lists =
        em.createNamedQuery(PhoneList.IN_AREA, PhoneList.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .getResultList();
    Map<UUID, Map<PhoneOutcome, Long>> outcomes = outcomes(lists);
    return lists.stream().map(l -> view(l, outcomes.getOrDefault(l.getId(), Map.of()))).toList();
  }

  @Override
  public List<PhoneCheckView> numbers(UUID listId) {
    PhoneList list = reachedList(listId);
    return em.createNamedQuery(PhoneCheck.OF_LIST, PhoneCheck.class)
        .setParameter("list", list.getId())
        .getResultStream()
        .sorted(Comparator.comparing(c -> c.getOutcome() != null))
        .map(ScreeningDesk::view)
        .toList();
  }

  @Override
  public PhoneCheckView record(UUID listId, UUID checkId, PhoneCall call) {
    Inputs.valid(validator, call);
    PhoneCheck check = checkId == null ? null : em.find(PhoneCheck.class, checkId);
    if (check == null
        || !check.getListId().equals(listId)
        || !caller.scope().covers(check.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "phoneCheck.notFound"));
    }
    check.requireVersion(call.version(), TEXTS, "phoneCheck.changedByOther");
    check.called(call.outcome(), call.note());
    em.flush();
    return view(check);
  }

  private Arrival reached(UUID id) {
    Arrival arrival = id == null ? null : em.find(Arrival.class, id);
    if (arrival == null || reach.find(arrival.getGridId()).isEmpty()) {
      throw new NotFound(new Message(TEXTS, "arrival.notFound"));
    }
    return arrival;
  }

  private PhoneList reachedList(UUID id) {
    PhoneList list = id == null ? null : em.find(PhoneList.class, id);
    if (list == null || !caller.scope().covers(list.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "phoneList.notFound"));
    }
    return list;
  }

  private Map<UUID, Map<PhoneOutcome, Long>> outcomes(List<PhoneList> lists) {
    Map<UUID, Map<PhoneOutcome, Long>> outcomes = new HashMap<>();
    if (lists.isEmpty()) {
      return outcomes;
    }
    for (Object[] row :
        em.createNamedQuery(PhoneCheck.OUTCOMES, Object[].class)
            .setParameter("lists", lists.stream().map(PhoneList::getId).toList())
            .getResultList()) {
      if (row[1] != null) {
        outcomes
            .computeIfAbsent((UUID) row[0], id -> new EnumMap<>(PhoneOutcome.class))
            .put((PhoneOutcome) row[1], ((Number) row[2]).longValue());
      }
    }
    return outcomes;
  }

  private static PhoneListView view(PhoneList l, Map<PhoneOutcome, Long> outcomes) {
    long called = outcomes.values().stream().mapToLong(Long::longValue).sum();
    return new PhoneListView(
        l.getId(),
        l.getName(),
        l.getSource(),
        l.getDivisionCode(),
        l.getCreatedAt(),
        l.getNumbers(),
        called,
        outcomes);
  }

  private static void requireText(String value, String field, int max) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new InvalidInput(new Message(TEXTS, "phones.nameNeeded", max), field);
    }
  }

  private ArrivalView view(Arrival a) {
    return new ArrivalView(
        a.getId(),
        a.getGridId(),
        em.find(Grid.class, a.getGridId()).getCode(),
        a.getName(),
        Masking.idNumber(a.getIdNumber()),
        Masking.mobile(a.getPhone()),
        a.getOrigin(),
        a.getArrivalDate(),
        a.getAddress(),
        a.getStatus(),
        a.getNote(),
        a.getResidentId(),
        a.getVersion());
  }

  private static PhoneCheckView view(PhoneCheck c) {
    return new PhoneCheckView(
        c.getId(),
        c.getListId(),
        Masking.mobile(c.getPhone()),
        c.getOutcome(),
        c.getNote(),
        c.getOutcome() == null ? null : c.getUpdatedBy(),
        c.getOutcome() == null ? null : c.getUpdatedAt(),
        c.getVersion());
  }
}
