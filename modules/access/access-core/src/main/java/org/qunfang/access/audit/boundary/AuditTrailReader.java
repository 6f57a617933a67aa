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
import java.util.List;
import org.qunfang.access.api.AuditLog;
import org.qunfang.access.api.AuditRecord;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.access.audit.entity.AuditEvent;
import org.qunfang.kernel.area.AreaScope;
import org.qunfang.kernel.area.DivisionLevel;

/**
 * The audit trail for auditors, scoped like the data it describes: an auditor reads the entries
 * about their own area; entries with no area (start-up and system work) only auditors of the whole
 * district.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class AuditTrailReader implements AuditLog {

  @PersistenceContext(unitName = "access")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Override
  public List<AuditRecord> search(String entityType, String entityId, String actor, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    List<Predicate> filters = new ArrayList<>();
    AreaScope scope = caller.scope();
    Predicate inArea = cb.like(event.get("area"), scope.likePattern());
    filters.add(
        scope.home().level().compareTo(DivisionLevel.COUNTY) <= 0
            ? cb.or(inArea, cb.isNull(event.get("area")))
            : inArea);
    if (entityType != null && !entityType.isBlank()) {
      filters.add(cb.equal(event.get("entityType"), entityType.strip()));
    }
    if (entityId != null && !entityId.isBlank()) {
      filters.add(cb.equal(event.get("entityId"), entityId.strip()));
    }
    if (actor != null && !actor.isBlank()) {
      filters.add(cb.equal(event.get("actor"), actor.strip()));
    }
    query.where(filters.toArray(Predicate[]::new)).orderBy(cb.desc(event.get("occurredAt")));
    return em.createQuery(query)
        .setMaxResults(Math.max(1, Math.min(limit, MAX_RESULTS)))
        .getResultStream()
        .map(
            e ->
                new AuditRecord(
                    e.getId(),
                    e.getOccurredAt(),
                    e.getActor(),
                    e.getEntityType(),
                    e.getEntityId(),
                    e.getAction(),
                    e.getChanges()))
        .toList();
  }
}
