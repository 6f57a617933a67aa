package org.qunfang.care.team.boundary;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.team.CareTeams;
import org.qunfang.care.api.team.TeamAssignment;
import org.qunfang.care.api.team.TeamHistoryView;
import org.qunfang.care.api.team.TeamMemberView;
import org.qunfang.care.api.team.TeamRole;
import org.qunfang.care.api.team.TeamSuggestion;
import org.qunfang.care.observation.control.CareReach;
import org.qunfang.care.observation.control.ObservationViews;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.care.observation.entity.TeamPlace;
import org.qunfang.care.team.control.TeamCandidates;
import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.api.person.Registry;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.validation.Inputs;

/**
 * 1+1+1 teams: the area's officers choose them from the dispatch registry (anyone serving in the
 * observed person's township), and change them with history; the team reads its own.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER
})
public class TeamDesk implements CareTeams {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject Validator validator;

  @Inject CareReach reach;

  @Inject Registry registry;

  @Override
  public List<TeamSuggestion> suggest(UUID observationId) {
    Observation observation = reach.observation(observationId);
    List<TeamPlace> places = places(observation);
    List<TeamSuggestion> suggestions = new ArrayList<>();
    for (TeamRole role : TeamRole.values()) {
      List<PersonView> people =
          registry.around(observation.getDivisionCode(), TeamCandidates.skillOf(role));
      Set<UUID> holders =
          places.stream()
              .filter(p -> p.isHeld() && p.getRole() == role)
              .map(TeamPlace::getPersonId)
              .collect(Collectors.toSet());
      suggestions.add(
          new TeamSuggestion(
              role,
              TeamCandidates.rank(
                  people, observation.getDivisionCode(), loads(people), holders, CANDIDATES)));
    }
    return suggestions;
  }

  @Override
  public List<TeamMemberView> assign(UUID observationId, TeamAssignment change) {
    Inputs.valid(validator, change);
    Observation observation = reach.forChange(observationId);
    observation.requireVersion(change.version(), TEXTS, "observation.changedByOther");
    observation.requireRunning();
    PersonView person;
    try {
      person = registry.around(observation.getDivisionCode(), change.personId());
    } catch (NotFound outside) {
      throw new InvalidInput(new Message(TEXTS, "team.outsideArea"), "personId");
    }
    if (!TeamCandidates.fits(change.role(), person.skills())) {
      throw new InvalidInput(
          new Message(TEXTS, "team.skillNeeded." + change.role(), person.name()), "personId");
    }
    Instant now = Instant.now();
    for (TeamPlace place : places(observation)) {
      if (place.isHeld() && place.getRole() == change.role()) {
        if (place.getPersonId().equals(person.id())) {
          throw new InvalidInput(
              new Message(TEXTS, "team.alreadyHolds", person.name()), "personId");
        }
        place.leave(now);
      }
    }
    em.persist(
        new TeamPlace(
            observation, change.role(), person.id(), person.name(), person.account(), now));
    em.lock(observation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return places(observation).stream()
        .filter(TeamPlace::isHeld)
        .map(ObservationViews::member)
        .toList();
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.CARE_WORKER
  })
  public List<TeamHistoryView> history(UUID observationId) {
    return places(reach.observation(observationId)).stream()
        .map(
            p ->
                new TeamHistoryView(
                    p.getRole(),
                    p.getPersonId(),
                    p.getPersonName(),
                    p.getFrom(),
                    p.getUntil(),
                    p.getCreatedBy()))
        .toList();
  }

  private List<TeamPlace> places(Observation observation) {
    return em.createNamedQuery(TeamPlace.OF_OBSERVATION, TeamPlace.class)
        .setParameter("observation", observation.getId())
        .getResultList();
  }

  private Map<UUID, Long> loads(List<PersonView> people) {
    if (people.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(TeamPlace.LOADS, Object[].class)
        .setParameter("people", people.stream().map(PersonView::id).toList())
        .getResultStream()
        .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
  }
}
