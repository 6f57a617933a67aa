package org.qunfang.care.observation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.qunfang.care.api.observation.ObservationEnded;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.observation.entity.Observation;

/**
 * Ends an observation — released, transferred or lost — in one place: what was still due is
 * dropped, and grid hears of it (in the same transaction) to take the tag off.
 */
@Dependent
public class Ending {

  @Inject CheckSchedule schedule;

  @Inject Event<ObservationEnded> ended;

  public void end(Observation observation, ObservationStatus outcome, String note, Instant at) {
    observation.end(outcome, at, note);
    schedule.end(observation, at);
    ended.fire(new ObservationEnded(observation.getId(), observation.getResidentId(), outcome));
  }
}
