package org.qunfang.care.observation.control;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.care.observation.entity.TeamPlace;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/**
 * Who reaches whom under observation. The officers of an area reach everyone observed in it; a care
 * worker reaches only the people whose team they are on. Anyone else is not found, so a stranger
 * learns nothing of who is observed.
 */
@RequestScoped
public class CareReach {

  static final Set<Role> OFFICERS =
      EnumSet.of(Role.DISTRICT_ADMIN, Role.TOWNSHIP_OFFICER, Role.COMMUNITY_OFFICER);

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Inject DivisionDirectory divisions;

  public Observation observation(UUID id) {
    return observation(id, LockModeType.NONE);
  }

  /** The observation locked for a change, so two saves of one person are judged in turn. */
  public Observation forChange(UUID id) {
    return observation(id, LockModeType.PESSIMISTIC_WRITE);
  }

  private Observation observation(UUID id, LockModeType lock) {
    Observation observation = id == null ? null : em.find(Observation.class, id, lock);
    if (observation == null || !reaches(observation)) {
      throw new NotFound(new Message(TEXTS, "observation.notFound"));
    }
    return observation;
  }

  public boolean reaches(Observation observation) {
    return (isOfficer() && caller.scope().covers(observation.getDivisionCode()))
        || inTeam(observation.getId());
  }

  /** Whether the caller holds a place of this observation's team now. */
  public boolean inTeam(UUID observationId) {
    CallerProfile profile = caller.profile();
    return profile.has(Role.CARE_WORKER)
        && em.createNamedQuery(TeamPlace.HELD_BY, Long.class)
                .setParameter("observation", observationId)
                .setParameter("account", profile.username())
                .getSingleResult()
            > 0;
  }

  public boolean isOfficer() {
    return caller.profile().roles().stream().anyMatch(OFFICERS::contains);
  }

  /** Whether the caller's area holds {@code code}. */
  public boolean covers(String code) {
    return caller.scope().covers(code);
  }

  public String account() {
    return caller.profile().username();
  }

  /** An area to list: the caller's when null; otherwise one that exists, within theirs. */
  public DivisionCode area(String code) {
    if (code == null || code.isBlank()) {
      return caller.scope().home();
    }
    String area = code.strip();
    if (!DivisionCode.isWellFormed(area) || !divisions.exists(area)) {
      throw new InvalidInput(new Message(TEXTS, "division.unknown", area), "area");
    }
    caller.scope().require(area);
    return DivisionCode.of(area);
  }
}
