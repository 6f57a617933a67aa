package org.qunfang.reports.archive.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qunfang.reports.archive.entity.DocumentSequence;

/**
 * Creates a sequence row in a transaction of its own, so the first issue of a kind in a year has a
 * row to lock. Two callers racing here both find the row afterwards; one insert fails, quietly.
 */
@Stateless
@PermitAll
public class SequenceRows {

  @PersistenceContext(unitName = "reports")
  EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String prefix, int year, String kind) {
    if (em.find(DocumentSequence.class, DocumentSequence.keyOf(prefix, year, kind)) == null) {
      em.persist(new DocumentSequence(prefix, year, kind));
    }
  }
}
