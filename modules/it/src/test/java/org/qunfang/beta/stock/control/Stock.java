package org.qunfang.beta.stock.control;

/** A module internal, for RulesBiteTest. */
public class Stock {}
