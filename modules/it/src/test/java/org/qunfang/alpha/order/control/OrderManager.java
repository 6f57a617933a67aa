package org.qunfang.alpha.order.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.persistence.Entity;
import org.qunfang.alpha.invoice.control.Invoicing;

/**
 * Broken on purpose (RulesBiteTest): a "Manager", an EJB, a singleton and an entity in a control,
 * deciding roles and transactions, in a cycle with another component.
 */
@Stateless
@Singleton
@Entity
public class OrderManager {
  Invoicing invoicing;

  @RolesAllowed("x")
  @TransactionAttribute
  public void decide() {}
}
