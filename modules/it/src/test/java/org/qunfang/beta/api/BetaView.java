package org.qunfang.beta.api;

import org.qunfang.alpha.api.AlphaView;
import org.qunfang.beta.stock.control.Stock;

/** Broken on purpose (RulesBiteTest): an api that knows its own core and a cycle of apis. */
public record BetaView(AlphaView alpha, Stock stock) {}
