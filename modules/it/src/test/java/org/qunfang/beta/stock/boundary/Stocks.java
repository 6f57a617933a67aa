package org.qunfang.beta.stock.boundary;

import org.qunfang.alpha.order.entity.Order;

/** Broken on purpose (RulesBiteTest): uses another module's entity. */
public class Stocks {
  Order order;
}
