package org.qunfang.dispatch.api.person;

/**
 * What someone can do beyond standing a post, the reference list a post's needs are written in. A
 * night at a county checkpoint, for one, needs a police officer, a medic and a community worker.
 */
public enum Skill {
  MEDICAL,
  POLICE,
  COMMUNITY,
  DRIVER,
  INTERPRETER,
  COUNSELLING,
  LOGISTICS
}
