package org.qunfang.care.observation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.team.TeamMemberView;
import org.qunfang.care.observation.entity.CareAlert;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.care.observation.entity.TeamPlace;
import org.qunfang.kernel.time.Beijing;

/** Observations as lists show them, with their teams and open alerts read in one query each. */
@Dependent
public class ObservationViews {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  public ObservationView of(Observation observation) {
    return of(List.of(observation)).get(0);
  }

  public List<ObservationView> of(List<Observation> observations) {
    if (observations.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = observations.stream().map(Observation::getId).toList();
    Map<UUID, List<TeamMemberView>> teams =
        em.createNamedQuery(TeamPlace.CURRENT_OF, TeamPlace.class)
            .setParameter("observations", ids)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    TeamPlace::getObservationId,
                    Collectors.mapping(ObservationViews::member, Collectors.toList())));
    Map<UUID, Long> open =
        em.createNamedQuery(CareAlert.OPEN_COUNTS, Object[].class)
            .setParameter("observations", ids)
            .getResultStream()
            .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    return observations.stream()
        .map(
            o ->
                view(o, teams.getOrDefault(o.getId(), List.of()), open.getOrDefault(o.getId(), 0L)))
        .toList();
  }

  public static TeamMemberView member(TeamPlace place) {
    return new TeamMemberView(
        place.getRole(), place.getPersonId(), place.getPersonName(), place.getFrom());
  }

  private static ObservationView view(Observation o, List<TeamMemberView> team, long openAlerts) {
    return new ObservationView(
        o.getId(),
        o.getResidentId(),
        o.getName(),
        o.getMaskedIdNumber(),
        o.getDivisionCode(),
        o.getAddress(),
        o.getTypeId(),
        o.getTypeName(),
        o.getReason(),
        o.getDetails(),
        o.getStartDate(),
        o.getPlannedEnd(),
        o.isRunning() ? o.dayNumber(Beijing.today()) : 0,
        o.getStatus(),
        o.getEndedAt(),
        o.getEndNote(),
        team,
        openAlerts,
        o.getVersion());
  }
}
