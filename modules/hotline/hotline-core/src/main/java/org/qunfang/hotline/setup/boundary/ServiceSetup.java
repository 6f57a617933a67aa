package org.qunfang.hotline.setup.boundary;

import static org.qunfang.hotline.api.HotlineTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qunfang.access.api.Role;
import org.qunfang.hotline.api.setup.AgencyView;
import org.qunfang.hotline.api.setup.CounsellorView;
import org.qunfang.hotline.api.setup.DutyView;
import org.qunfang.hotline.api.setup.HotlineSetup;
import org.qunfang.hotline.api.setup.HotlineView;
import org.qunfang.hotline.api.setup.NewAgency;
import org.qunfang.hotline.api.setup.NewCounsellor;
import org.qunfang.hotline.api.setup.NewDuty;
import org.qunfang.hotline.api.setup.NewHotline;
import org.qunfang.hotline.api.setup.NewTeam;
import org.qunfang.hotline.api.setup.TeamView;
import org.qunfang.hotline.setup.entity.Agency;
import org.qunfang.hotline.setup.entity.Counsellor;
import org.qunfang.hotline.setup.entity.Duty;
import org.qunfang.hotline.setup.entity.Hotline;
import org.qunfang.hotline.setup.entity.Team;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/** The hotline service's set-up: read by its staff, changed by supervisors and administrators. */
@Stateless
@RolesAllowed({
  Role.Names.HOTLINE_SUPERVISOR,
  Role.Names.DISTRICT_ADMIN,
  Role.Names.HOTLINE_COUNSELLOR
})
public class ServiceSetup implements HotlineSetup {

  private static final Duration LONGEST_DUTY = Duration.ofHours(24);

  @PersistenceContext(unitName = "hotline")
  EntityManager em;

  @Inject Validator validator;

  @Override
  public List<HotlineView> hotlines() {
    return em.createNamedQuery(Hotline.ALL, Hotline.class)
        .getResultStream()
        .map(this::view)
        .toList();
  }

  @Override
  @RolesAllowed({Role.Names.HOTLINE_SUPERVISOR, Role.Names.DISTRICT_ADMIN})
  public HotlineView addHotline(NewHotline request) {
    Inputs.valid(validator, request);
    if (!request.roundTheClock() && (request.hours() == null || request.hours().isBlank())) {
      throw new InvalidInput(new Message(TEXTS, "hotline.hoursNeeded"), "hours");
    }
    em.createNamedQuery(Hotline.BY_NUMBER, Hotline.class)
        .setParameter("number", request.number())
        .getResultStream()
        .findFirst()
        .ifPresent(
            taken -> {
              throw new Conflict(
                  new Message(TEXTS, "hotline.numberTaken", taken.getNumber(), taken.getName()),
                  "number");
            });
    Hotline hotline =
        new Hotline(
            request.name().strip(),
            request.number(),
            request.roundTheClock(),
            request.hours() == null ? null : request.hours().strip());
    em.persist(hotline);
    em.flush();
    return view(hotline);
  }

  @Override
  public List<AgencyView> agencies() {
    return em.createNamedQuery(Agency.ALL, Agency.class)
        .getResultStream()
        .map(a -> new AgencyView(a.getId(), a.getName()))
        .toList();
  }

  @Override
  @RolesAllowed({Role.Names.HOTLINE_SUPERVISOR, Role.Names.DISTRICT_ADMIN})
  public AgencyView addAgency(NewAgency request) {
    Inputs.valid(validator, request);
    String name = request.name().strip();
    if (!em.createNamedQuery(Agency.BY_NAME, Agency.class)
        .setParameter("name", name)
        .getResultList()
        .isEmpty()) {
      throw new Conflict(new Message(TEXTS, "agency.nameTaken", name), "name");
    }
    Agency agency = new Agency(name);
    em.persist(agency);
    em.flush();
    return new AgencyView(agency.getId(), agency.getName());
  }

  @Override
  public List<TeamView> teams() {
    return em.createNamedQuery(Team.ALL, Team.class)
        .getResultStream()
        .map(ServiceSetup::view)
        .toList();
  }

  @Override
  @RolesAllowed({Role.Names.HOTLINE_SUPERVISOR, Role.Names.DISTRICT_ADMIN})
  public TeamView addTeam(NewTeam request) {
    Inputs.valid(validator, request);
    String name = request.name().strip();
    Agency agency = request.agencyId() == null ? null : em.find(Agency.class, request.agencyId());
    if (request.agencyId() != null && agency == null) {
      throw new InvalidInput(new Message(TEXTS, "agency.notFound"), "agencyId");
    }
    if (!em.createNamedQuery(Team.BY_NAME, Team.class)
        .setParameter("name", name)
        .getResultList()
        .isEmpty()) {
      throw new Conflict(new Message(TEXTS, "team.nameTaken", name), "name");
    }
    Team team = new Team(name, agency);
    em.persist(team);
    em.flush();
    return view(team);
  }

  @Override
  public List<CounsellorView> counsellors() {
    Map<UUID, String> teams =
        names(em.createNamedQuery(Team.ALL, Team.class).getResultList(), Team::getName);
    return em.createNamedQuery(Counsellor.ALL, Counsellor.class)
        .getResultStream()
        .map(c -> view(c, teams.get(c.getTeamId())))
        .toList();
  }

  @Override
  @RolesAllowed({Role.Names.HOTLINE_SUPERVISOR, Role.Names.DISTRICT_ADMIN})
  public CounsellorView addCounsellor(NewCounsellor request) {
    Inputs.valid(validator, request);
    Team team = em.find(Team.class, request.teamId());
    if (team == null) {
      throw new InvalidInput(new Message(TEXTS, "team.notFound"), "teamId");
    }
    String account =
        request.account() == null || request.account().isBlank() ? null : request.account().strip();
    if (account != null) {
      em.createNamedQuery(Counsellor.BY_ACCOUNT, Counsellor.class)
          .setParameter("account", account)
          .getResultStream()
          .findFirst()
          .ifPresent(
              taken -> {
                throw new Conflict(
                    new Message(TEXTS, "counsellor.accountTaken", account, taken.getName()),
                    "account");
              });
    }
    Counsellor counsellor =
        new Counsellor(request.name().strip(), request.qualification(), team.getId(), account);
    em.persist(counsellor);
    em.flush();
    return view(counsellor, team.getName());
  }

  @Override
  public List<DutyView> roster(Instant from, Instant to) {
    Instant first = from == null ? Beijing.startOf(Beijing.today()) : from;
    Instant last = to == null ? first.plus(Duration.ofDays(7)) : to;
    return views(
        em.createNamedQuery(Duty.OVERLAPPING, Duty.class)
            .setParameter("from", first)
            .setParameter("to", last)
            .getResultList());
  }

  @Override
  @RolesAllowed({Role.Names.HOTLINE_SUPERVISOR, Role.Names.DISTRICT_ADMIN})
  public DutyView addDuty(NewDuty request) {
    Inputs.valid(validator, request);
    if (!request.endsAt().isAfter(request.startsAt())) {
      throw new InvalidInput(new Message(TEXTS, "duty.endsBeforeStart"), "endsAt");
    }
    if (Duration.between(request.startsAt(), request.endsAt()).compareTo(LONGEST_DUTY) > 0) {
      throw new InvalidInput(new Message(TEXTS, "duty.tooLong"), "endsAt");
    }
    Hotline hotline = em.find(Hotline.class, request.hotlineId());
    if (hotline == null) {
      throw new InvalidInput(new Message(TEXTS, "hotline.notFound"), "hotlineId");
    }
    Counsellor counsellor = em.find(Counsellor.class, request.counsellorId());
    if (counsellor == null) {
      throw new InvalidInput(new Message(TEXTS, "counsellor.notFound"), "counsellorId");
    }
    em.createNamedQuery(Duty.OF_COUNSELLOR_OVERLAPPING, Duty.class)
        .setParameter("counsellor", counsellor.getId())
        .setParameter("from", request.startsAt())
        .setParameter("to", request.endsAt())
        .getResultStream()
        .filter(other -> other.overlaps(request.startsAt(), request.endsAt()))
        .findFirst()
        .ifPresent(
            other -> {
              throw new Conflict(
                  new Message(
                      TEXTS,
                      "duty.overlaps",
                      counsellor.getName(),
                      Beijing.format(other.getStartsAt()),
                      Beijing.format(other.getEndsAt()),
                      em.find(Hotline.class, other.getHotlineId()).getName()),
                  "startsAt");
            });
    Duty duty = new Duty(hotline.getId(), counsellor.getId(), request.startsAt(), request.endsAt());
    em.persist(duty);
    em.flush();
    return views(List.of(duty)).get(0);
  }

  @Override
  public List<DutyView> onDuty(UUID hotlineId, Instant at) {
    if (hotlineId == null || em.find(Hotline.class, hotlineId) == null) {
      throw new NotFound(new Message(TEXTS, "hotline.notFound"));
    }
    return views(
        em.createNamedQuery(Duty.ON_LINE_AT, Duty.class)
            .setParameter("hotline", hotlineId)
            .setParameter("at", at == null ? Instant.now() : at)
            .getResultList());
  }

  private List<DutyView> views(List<Duty> duties) {
    Map<UUID, String> hotlines =
        names(em.createNamedQuery(Hotline.ALL, Hotline.class).getResultList(), Hotline::getName);
    Map<UUID, String> counsellors =
        names(
            em.createNamedQuery(Counsellor.ALL, Counsellor.class).getResultList(),
            Counsellor::getName);
    return duties.stream()
        .map(
            d ->
                new DutyView(
                    d.getId(),
                    d.getHotlineId(),
                    hotlines.get(d.getHotlineId()),
                    d.getCounsellorId(),
                    counsellors.get(d.getCounsellorId()),
                    d.getStartsAt(),
                    d.getEndsAt()))
        .toList();
  }

  /** Names by id, for the few set-up records there are. */
  private static <T extends AuditedEntity> Map<UUID, String> names(
      List<T> records, Function<T, String> name) {
    return records.stream().collect(Collectors.toMap(AuditedEntity::getId, name));
  }

  private HotlineView view(Hotline h) {
    return new HotlineView(
        h.getId(), h.getName(), h.getNumber(), h.isRoundTheClock(), h.getHours());
  }

  private static TeamView view(Team t) {
    Agency agency = t.getAgency();
    return new TeamView(
        t.getId(),
        t.getName(),
        agency == null ? null : agency.getId(),
        agency == null ? null : agency.getName());
  }

  private static CounsellorView view(Counsellor c, String teamName) {
    return new CounsellorView(
        c.getId(), c.getName(), c.getQualification(), c.getTeamId(), teamName, c.getAccount());
  }
}
