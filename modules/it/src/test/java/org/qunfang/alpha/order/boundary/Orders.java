package org.qunfang.alpha.order.boundary;

import org.qunfang.beta.stock.control.Stock;

/** Broken on purpose (RulesBiteTest): reaches into another module's control. */
public class Orders {
  Stock stock;
}
