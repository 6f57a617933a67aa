package org.qunfang.access.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.qunfang.access.api.AuditChange;
import org.qunfang.access.api.AuditLog;
import org.qunfang.access.api.AuditQuery;
import org.qunfang.access.api.AuditRecord;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.access.audit.control.AuditChanges;
import org.qunfang.access.audit.entity.AuditEvent;
import org.qunfang.kernel.area.AreaScope;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.time.Beijing;

/**
 * The audit trail for auditors, scoped like the data it describes: an auditor reads the entries
 * about their own area; entries with no area (start-up and system work) only auditors of the whole
 * district. Each entry comes with the name its record goes by, and opens with its fields before and
 * after.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class AuditTrailReader implements AuditLog {

  private static final String TEXTS = "org.qunfang.access.api.Messages";
  private static final int IDS_PER_QUERY = 500;

  @PersistenceContext(unitName = "access")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Override
  public List<AuditRecord> search(String entityType, String entityId, String actor, int limit) {
    return search(new AuditQuery(entityType, entityId, actor, null, null), limit);
  }

  @Override
  public List<AuditRecord> search(AuditQuery asked, int limit) {
    if (asked.from() != null && asked.until() != null && asked.until().isBefore(asked.from())) {
      throw new InvalidInput(new Message(TEXTS, "audit.period"), "from");
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    List<Predicate> filters = new ArrayList<>();
    AreaScope scope = caller.scope();
    Predicate inArea = cb.like(event.get("area"), scope.likePattern());
    filters.add(wholeDistrict(scope) ? cb.or(inArea, cb.isNull(event.get("area"))) : inArea);
    given(asked.entityType()).ifPresent(t -> filters.add(cb.equal(event.get("entityType"), t)));
    given(asked.entityId()).ifPresent(i -> filters.add(cb.equal(event.get("entityId"), i)));
    given(asked.actor()).ifPresent(a -> filters.add(cb.equal(event.get("actor"), a)));
    if (asked.from() != null) {
      filters.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), Beijing.startOf(asked.from())));
    }
    if (asked.until() != null) {
      filters.add(cb.lessThan(event.get("occurredAt"), Beijing.startOf(asked.until().plusDays(1))));
    }
    query.where(filters.toArray(Predicate[]::new)).orderBy(cb.desc(event.get("occurredAt")));
    List<AuditEvent> found =
        em.createQuery(query)
            .setMaxResults(Math.max(1, Math.min(limit, MAX_RESULTS)))
            .getResultList();
    Map<String, String> names = names(found);
    return found.stream().map(e -> record(e, names.get(key(e)))).toList();
  }

  @Override
  public AuditChange change(UUID id) {
    AuditEvent event = id == null ? null : em.find(AuditEvent.class, id);
    if (event == null || !readable(event)) {
      throw new NotFound(new Message(TEXTS, "audit.notFound"), "id");
    }
    List<String> earlier =
        em.createQuery(
                "select e.changes from AuditEvent e where e.entityType = :type"
                    + " and e.entityId = :id and e.occurredAt < :at order by e.occurredAt",
                String.class)
            .setParameter("type", event.getEntityType())
            .setParameter("id", event.getEntityId())
            .setParameter("at", event.getOccurredAt())
            .getResultList();
    Map<String, String> names = names(List.of(event));
    return new AuditChange(
        record(event, names.get(key(event))), AuditChanges.compare(earlier, event.getChanges()));
  }

  /**
   * The names of the entries' records: from an entry's own changes, else from the entry that
   * created the record.
   */
  private Map<String, String> names(List<AuditEvent> events) {
    Map<String, String> names = new HashMap<>();
    List<String> unnamed = new ArrayList<>();
    for (AuditEvent e : events) {
      AuditChanges.name(e.getChanges())
          .ifPresentOrElse(
              name -> names.putIfAbsent(key(e), name), () -> unnamed.add(e.getEntityId()));
    }
    List<String> ids = unnamed.stream().filter(Objects::nonNull).distinct().toList();
    for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
      em.createQuery(
              "select e from AuditEvent e where e.action = 'CREATE' and e.entityId in :ids",
              AuditEvent.class)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY)))
          .getResultStream()
          .forEach(
              c -> AuditChanges.name(c.getChanges()).ifPresent(n -> names.putIfAbsent(key(c), n)));
    }
    return names;
  }

  private boolean readable(AuditEvent event) {
    AreaScope scope = caller.scope();
    return event.getArea() == null ? wholeDistrict(scope) : scope.covers(event.getArea());
  }

  private static boolean wholeDistrict(AreaScope scope) {
    return scope.home().level().compareTo(DivisionLevel.COUNTY) <= 0;
  }

  private static String key(AuditEvent e) {
    return e.getEntityType() + " " + e.getEntityId();
  }

  private static Optional<String> given(String filter) {
    return Optional.ofNullable(filter).map(String::strip).filter(f -> !f.isEmpty());
  }

  private static AuditRecord record(AuditEvent e, String name) {
    return new AuditRecord(
        e.getId(),
        e.getOccurredAt(),
        e.getActor(),
        e.getEntityType(),
        e.getEntityId(),
        e.getAction(),
        e.getChanges(),
        name);
  }
}
