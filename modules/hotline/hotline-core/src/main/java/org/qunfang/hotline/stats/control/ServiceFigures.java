package org.qunfang.hotline.stats.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qunfang.hotline.api.call.Channel;
import org.qunfang.hotline.api.stats.ServiceMode;
import org.qunfang.hotline.api.stats.ServiceRow;
import org.qunfang.hotline.setup.entity.Agency;
import org.qunfang.hotline.stats.control.ServiceTally.Figure;
import org.qunfang.hotline.stats.entity.ServiceCount;
import org.qunfang.kernel.time.Beijing;

/** Reads entered figures and counts calls per agency, day and mode, for {@link ServiceTally}. */
@Dependent
public class ServiceFigures {

  @PersistenceContext(unitName = "hotline")
  EntityManager em;

  /** The statistics table for the Beijing dates {@code first} to {@code last}, both included. */
  public List<ServiceRow> table(LocalDate first, LocalDate last) {
    List<Figure> entered =
        em.createNamedQuery(ServiceCount.BETWEEN, ServiceCount.class)
            .setParameter("from", first)
            .setParameter("to", last)
            .getResultStream()
            .map(s -> new Figure(s.getAgencyId(), s.getServedOn(), s.getMode(), s.getPersonTimes()))
            .toList();
    List<Figure> fromCalls =
        em.createQuery(
                "select t.agency.id, c.startedAt, c.channel from HotlineCall c, Team t"
                    + " where t.id = c.teamId and t.agency is not null"
                    + " and c.startedAt >= :from and c.startedAt < :to",
                Object[].class)
            .setParameter("from", Beijing.startOf(first))
            .setParameter("to", Beijing.startOf(last.plusDays(1)))
            .getResultStream()
            .map(
                r ->
                    new Figure((UUID) r[0], Beijing.dayOf((Instant) r[1]), mode((Channel) r[2]), 1))
            .toList();
    Map<UUID, String> names =
        em.createNamedQuery(Agency.ALL, Agency.class)
            .getResultStream()
            .collect(Collectors.toMap(Agency::getId, Agency::getName));
    return ServiceTally.table(entered, fromCalls, names);
  }

  /** A call counts in the column of its channel; a face-to-face session is an offline service. */
  static ServiceMode mode(Channel channel) {
    switch (channel) {
      case PHONE:
        return ServiceMode.PHONE;
      case ONLINE:
        return ServiceMode.ONLINE;
      default:
        return ServiceMode.OFFLINE;
    }
  }
}
