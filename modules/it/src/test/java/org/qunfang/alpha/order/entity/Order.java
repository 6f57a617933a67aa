package org.qunfang.alpha.order.entity;

import jakarta.persistence.Entity;

/** An entity, for RulesBiteTest. */
@Entity
public class Order {}
