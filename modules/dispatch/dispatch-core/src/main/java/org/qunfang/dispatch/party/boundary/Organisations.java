package org.qunfang.dispatch.party.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.party.Dissolution;
import org.qunfang.dispatch.api.party.MembersChange;
import org.qunfang.dispatch.api.party.NewOrganisation;
import org.qunfang.dispatch.api.party.OrganisationKind;
import org.qunfang.dispatch.api.party.OrganisationView;
import org.qunfang.dispatch.api.party.PartyOrganisations;
import org.qunfang.dispatch.party.control.BranchRules;
import org.qunfang.dispatch.party.control.OrganisationViews;
import org.qunfang.dispatch.party.control.Places;
import org.qunfang.dispatch.party.entity.OrganisationMember;
import org.qunfang.dispatch.party.entity.PartyOrganisation;
import org.qunfang.dispatch.person.control.AreaReach;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/** Temporary committees and branches: dispatchers set them up and keep them; officers read them. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISPATCHER,
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER
})
public class Organisations implements PartyOrganisations {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject Validator validator;

  @Inject AreaReach reach;

  @Inject Places places;

  @Inject OrganisationViews views;

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public OrganisationView setUp(NewOrganisation request) {
    Inputs.valid(validator, request);
    DivisionCode area = reach.area(request.area());
    if (request.kind() == OrganisationKind.TEMPORARY_BRANCH) {
      PartyOrganisation committee = parentOf(request.parentId(), area);
      if (request.setUpOn().isBefore(committee.getSetUpOn())) {
        throw new InvalidInput(new Message(TEXTS, "organisation.beforeCommittee"), "setUpOn");
      }
    } else if (request.parentId() != null) {
      throw new InvalidInput(new Message(TEXTS, "organisation.committeeHasNoParent"), "parentId");
    }
    places.require(request.placeKind(), request.placeId(), area);
    List<Person> people = people(request.memberIds());
    BranchRules.require(request.kind(), members(people), request.secretaryId(), request.deputyId());
    String name = request.name().strip();
    if (!em.createNamedQuery(PartyOrganisation.BY_NAME, PartyOrganisation.class)
        .setParameter("area", area.value())
        .setParameter("name", name)
        .getResultList()
        .isEmpty()) {
      throw new Conflict(new Message(TEXTS, "organisation.nameTaken", name), "name");
    }
    PartyOrganisation organisation =
        new PartyOrganisation(
            request.kind(),
            name,
            request.parentId(),
            area.value(),
            request.placeKind(),
            request.placeId(),
            request.approvedBy().strip(),
            request.documentNumber().strip(),
            request.setUpOn());
    organisation.lead(request.secretaryId(), request.deputyId());
    em.persist(organisation);
    try {
      em.flush(); // the organisation's row before its members' (EclipseLink orders by class)
    } catch (PersistenceException raced) {
      throw new Conflict(new Message(TEXTS, "organisation.nameTaken", name), "name");
    }
    people.forEach(
        p -> em.persist(new OrganisationMember(organisation, p.getId(), request.setUpOn())));
    em.flush();
    return views.of(organisation);
  }

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public OrganisationView members(UUID id, MembersChange change) {
    Inputs.valid(validator, change);
    PartyOrganisation organisation = organisation(id, true);
    organisation.requireVersion(change.version(), TEXTS, "organisation.changedByOther");
    List<Person> people = people(change.memberIds());
    BranchRules.require(
        organisation.getKind(), members(people), change.secretaryId(), change.deputyId());
    LocalDate today = Beijing.today();
    Set<UUID> wanted = people.stream().map(Person::getId).collect(Collectors.toSet());
    Set<UUID> present = new java.util.HashSet<>();
    for (OrganisationMember member : current(organisation)) {
      if (wanted.contains(member.getPersonId())) {
        present.add(member.getPersonId());
      } else {
        member.leave(today);
      }
    }
    wanted.stream()
        .filter(p -> !present.contains(p))
        .forEach(p -> em.persist(new OrganisationMember(organisation, p, today)));
    organisation.lead(change.secretaryId(), change.deputyId());
    em.lock(organisation, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return views.of(organisation);
  }

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public OrganisationView dissolve(UUID id, Dissolution dissolution) {
    Inputs.valid(validator, dissolution);
    PartyOrganisation organisation = organisation(id, true);
    organisation.requireVersion(dissolution.version(), TEXTS, "organisation.changedByOther");
    if (dissolution.on().isBefore(organisation.getSetUpOn())) {
      throw new InvalidInput(new Message(TEXTS, "organisation.dissolvedBeforeSetUp"), "on");
    }
    if (organisation.getKind() == OrganisationKind.TEMPORARY_COMMITTEE
        && em.createNamedQuery(PartyOrganisation.IN_AREA, PartyOrganisation.class)
            .setParameter("lo", organisation.getDivisionCode())
            .setParameter("hi", DivisionCode.of(organisation.getDivisionCode()).upperBound())
            .getResultStream()
            .anyMatch(o -> organisation.getId().equals(o.getParentId()) && o.isActive())) {
      throw new InvalidInput(new Message(TEXTS, "organisation.branchesFirst"), "id");
    }
    organisation.dissolve(dissolution.on());
    current(organisation).forEach(m -> m.leave(dissolution.on()));
    em.flush();
    return views.of(organisation);
  }

  @Override
  public OrganisationView organisation(UUID id) {
    return views.of(organisation(id, false));
  }

  @Override
  public List<OrganisationView> list(String area, boolean dissolved) {
    DivisionCode within = reach.area(area);
    List<PartyOrganisation> found =
        em.createNamedQuery(PartyOrganisation.IN_AREA, PartyOrganisation.class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .getResultStream()
            .filter(o -> dissolved || o.isActive())
            .toList();
    return views.of(found);
  }

  private PartyOrganisation organisation(UUID id, boolean active) {
    PartyOrganisation organisation = id == null ? null : em.find(PartyOrganisation.class, id);
    if (organisation == null || !reach.covers(organisation.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "organisation.notFound"));
    }
    if (active && !organisation.isActive()) {
      throw new InvalidInput(
          new Message(TEXTS, "organisation.dissolved", organisation.getName()), "id");
    }
    return organisation;
  }

  /** A branch's committee: set up, not dissolved, over an area holding the branch's. */
  private PartyOrganisation parentOf(UUID parentId, DivisionCode area) {
    if (parentId == null) {
      throw new InvalidInput(new Message(TEXTS, "organisation.branchNeedsCommittee"), "parentId");
    }
    PartyOrganisation committee = em.find(PartyOrganisation.class, parentId);
    if (committee == null
        || committee.getKind() != OrganisationKind.TEMPORARY_COMMITTEE
        || !committee.isActive()
        || !DivisionCode.of(committee.getDivisionCode()).contains(area)) {
      throw new InvalidInput(new Message(TEXTS, "organisation.branchNeedsCommittee"), "parentId");
    }
    return committee;
  }

  private List<Person> people(List<UUID> ids) {
    List<Person> people = new ArrayList<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      people.add(reach.person(id));
    }
    return people;
  }

  private static List<BranchRules.Member> members(List<Person> people) {
    return people.stream()
        .map(
            p ->
                new BranchRules.Member(
                    p.getId(), p.getName(), p.getParty() == null ? null : p.getParty().standing()))
        .toList();
  }

  private List<OrganisationMember> current(PartyOrganisation organisation) {
    return em.createNamedQuery(OrganisationMember.OF, OrganisationMember.class)
        .setParameter("organisations", List.of(organisation.getId()))
        .getResultStream()
        .filter(OrganisationMember::isCurrent)
        .toList();
  }
}
