package org.qunfang.care.api.team;

/** The three places of a 1+1+1 care team (一名镇街干部、一名医务人员、一名社区工作者). */
public enum TeamRole {
  /** A township cadre: anyone serving in the township. */
  TOWNSHIP,
  /** A medical worker: someone of the registry with the medical skill. */
  MEDICAL,
  /** A community worker: someone with the community skill. */
  COMMUNITY
}
