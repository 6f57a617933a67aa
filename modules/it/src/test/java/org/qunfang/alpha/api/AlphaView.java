package org.qunfang.alpha.api;

import jakarta.persistence.EntityManager;
import org.qunfang.beta.api.BetaView;

/** Broken on purpose (RulesBiteTest): an api that needs another api back and holds JPA. */
public record AlphaView(BetaView beta, EntityManager persistence) {}
