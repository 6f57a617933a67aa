package org.qunfang.alpha.web.rest;

import org.qunfang.alpha.order.boundary.Orders;

/** Broken on purpose (RulesBiteTest): a module's web slice using its own core. */
public class OrdersResource {
  Orders orders;
}
