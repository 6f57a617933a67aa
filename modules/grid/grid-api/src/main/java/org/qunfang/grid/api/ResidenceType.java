package org.qunfang.grid.api;

/** 户籍, 常住非户籍 or 流动人口. */
public enum ResidenceType {
  REGISTERED,
  RESIDENT_NOT_REGISTERED,
  FLOATING
}
