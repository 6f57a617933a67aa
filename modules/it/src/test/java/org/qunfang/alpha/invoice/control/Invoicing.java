package org.qunfang.alpha.invoice.control;

import org.qunfang.alpha.order.control.OrderManager;

/** Broken on purpose (RulesBiteTest): the other half of a cycle between components. */
public class Invoicing {
  OrderManager orders;
}
