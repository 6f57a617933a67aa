package org.qunfang.care.observation;

import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.care.api.observation.Reason;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.care.type.Types;
import org.qunfang.care.type.entity.ObservationRules;

/** Observations for tests: someone of a community under home health monitoring. */
public final class Observed {

  private Observed() {}

  public static Observation from(LocalDate start) {
    return new Observation(
        new Observation.Resident(
            UUID.randomUUID(), "350923100008", "林秀英", "350923********1234", "凤城路 8 号 301"),
        UUID.randomUUID(),
        "居家健康监测",
        new ObservationRules(Types.homeMonitoring()),
        Reason.CLOSE_CONTACT,
        null,
        start);
  }
}
