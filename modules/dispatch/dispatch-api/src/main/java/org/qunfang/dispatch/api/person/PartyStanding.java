package org.qunfang.dispatch.api.person;

/** A party member's standing: full (正式党员) or probationary (预备党员). */
public enum PartyStanding {
  FULL,
  PROBATIONARY
}
