package org.qunfang.grid.checkpoint.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.checkpoint.CheckpointChange;
import org.qunfang.grid.api.checkpoint.CheckpointStoodDown;
import org.qunfang.grid.api.checkpoint.CheckpointView;
import org.qunfang.grid.api.checkpoint.Checkpoints;
import org.qunfang.grid.api.checkpoint.DailyCount;
import org.qunfang.grid.api.checkpoint.NewCheckpoint;
import org.qunfang.grid.api.checkpoint.NewPassage;
import org.qunfang.grid.api.checkpoint.PassageView;
import org.qunfang.grid.api.checkpoint.Subject;
import org.qunfang.grid.checkpoint.control.DailyCounts;
import org.qunfang.grid.checkpoint.entity.Checkpoint;
import org.qunfang.grid.checkpoint.entity.Passage;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/** Officers set checkpoints up; whoever is on duty at the gate logs passages. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class CheckpointLog implements Checkpoints {

  /** More fevers than this in a day is an outbreak: the list says so by its length. */
  static final int MAX_FLAGGED = 500;

  private static final long LONGEST_PERIOD_DAYS = 92;

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject Validator validator;

  @Inject GridReach reach;

  @Inject Event<CheckpointStoodDown> stoodDown;

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public CheckpointView add(NewCheckpoint request) {
    Inputs.valid(validator, request);
    Grid grid = reach.smallGrid(request.gridId());
    requireHours(request.roundTheClock(), request.opensAt(), request.closesAt());
    Checkpoint checkpoint =
        new Checkpoint(grid.getId(), grid.getDivisionCode(), request.name(), request.kind());
    checkpoint.run(
        request.location(),
        request.roundTheClock(),
        request.opensAt(),
        request.closesAt(),
        request.closedManagement(),
        true);
    em.persist(checkpoint);
    try {
      em.flush();
    } catch (PersistenceException clash) {
      throw new Conflict(new Message(TEXTS, "checkpoint.exists", request.name()), "name");
    }
    return view(checkpoint);
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public CheckpointView change(UUID id, CheckpointChange change) {
    Inputs.valid(validator, change);
    Checkpoint checkpoint = reached(id);
    checkpoint.requireVersion(change.version(), TEXTS, "checkpoint.changedByOther");
    requireHours(change.roundTheClock(), change.opensAt(), change.closesAt());
    boolean standsDown = checkpoint.isActive() && !change.active();
    checkpoint.run(
        change.location(),
        change.roundTheClock(),
        change.opensAt(),
        change.closesAt(),
        change.closedManagement(),
        change.active());
    em.flush();
    if (standsDown) {
      stoodDown.fire(
          new CheckpointStoodDown(
              checkpoint.getId(), checkpoint.getName(), checkpoint.getDivisionCode()));
    }
    return view(checkpoint);
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.GRID_MEMBER,
    Role.Names.DISPATCHER
  })
  public CheckpointView checkpoint(UUID id) {
    return view(reached(id));
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.GRID_MEMBER,
    Role.Names.DISPATCHER
  })
  public List<CheckpointView> list(String area) {
    DivisionCode within = reach.area(area);
    return em.createNamedQuery(Checkpoint.IN_AREA, Checkpoint.class)
        .setParameter("lo", within.value())
        .setParameter("hi", within.upperBound())
        .getResultStream()
        .filter(c -> reach.find(c.getGridId()).isPresent())
        .map(this::view)
        .toList();
  }

  @Override
  public PassageView log(UUID checkpointId, NewPassage entry) {
    Inputs.valid(validator, entry);
    Checkpoint checkpoint = reached(checkpointId);
    if (!checkpoint.isActive()) {
      throw new InvalidInput(new Message(TEXTS, "checkpoint.inactive", checkpoint.getName()));
    }
    if (entry.subject() == Subject.VEHICLE && entry.vehiclePlate() == null) {
      throw new InvalidInput(new Message(TEXTS, "passage.plateNeeded"), "vehiclePlate");
    }
    Passage passage =
        new Passage(checkpoint, entry, entry.passedAt() == null ? Instant.now() : entry.passedAt());
    em.persist(passage);
    em.flush();
    return view(passage);
  }

  @Override
  public List<PassageView> passages(UUID checkpointId, LocalDate day) {
    Checkpoint checkpoint = reached(checkpointId);
    return em.createNamedQuery(Passage.OF_DAY, Passage.class)
        .setParameter("checkpoint", checkpoint.getId())
        .setParameter("day", day == null ? Beijing.today() : day)
        .getResultStream()
        .map(CheckpointLog::view)
        .toList();
  }

  @Override
  public List<PassageView> flagged(LocalDate day) {
    DivisionCode within = reach.area(null);
    return em.createNamedQuery(Passage.FLAGGED_IN_AREA, Passage.class)
        .setParameter("lo", within.value())
        .setParameter("hi", within.upperBound())
        .setParameter("day", day == null ? Beijing.today() : day)
        .setMaxResults(MAX_FLAGGED)
        .getResultStream()
        .map(CheckpointLog::view)
        .toList();
  }

  @Override
  public List<DailyCount> daily(UUID checkpointId, LocalDate from, LocalDate to) {
    Checkpoint checkpoint = reached(checkpointId);
    LocalDate last = to == null ? Beijing.today() : to;
    LocalDate first = from == null ? last.minusDays(6) : from;
    if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= LONGEST_PERIOD_DAYS) {
      throw new InvalidInput(new Message(TEXTS, "passage.period"), "from");
    }
    List<Object[]> rows =
        em.createNamedQuery(Passage.DAILY, Object[].class)
            .setParameter("checkpoint", checkpoint.getId())
            .setParameter("from", first)
            .setParameter("to", last)
            .getResultList();
    return DailyCounts.of(rows, first, last);
  }

  private Checkpoint reached(UUID id) {
    Checkpoint checkpoint = id == null ? null : em.find(Checkpoint.class, id);
    if (checkpoint == null || reach.find(checkpoint.getGridId()).isEmpty()) {
      throw new NotFound(new Message(TEXTS, "checkpoint.notFound"));
    }
    return checkpoint;
  }

  private static void requireHours(boolean roundTheClock, LocalTime opens, LocalTime closes) {
    if (!roundTheClock && (opens == null || closes == null || opens.equals(closes))) {
      throw new InvalidInput(new Message(TEXTS, "checkpoint.hoursNeeded"), "opensAt");
    }
  }

  private CheckpointView view(Checkpoint c) {
    return new CheckpointView(
        c.getId(),
        c.getGridId(),
        em.find(Grid.class, c.getGridId()).getCode(),
        c.getDivisionCode(),
        c.getName(),
        c.getKind(),
        c.getLocation(),
        c.isRoundTheClock(),
        c.getOpensAt(),
        c.getClosesAt(),
        c.isClosedManagement(),
        c.isActive(),
        c.getVersion());
  }

  private static PassageView view(Passage p) {
    return new PassageView(
        p.getId(),
        p.getCheckpointId(),
        p.getSubject(),
        p.getVehiclePlate(),
        p.getTemperature(),
        p.isFlagged(),
        p.getHealthCode(),
        p.isIdRegistered(),
        p.getPassedAt(),
        p.getCreatedBy());
  }
}
