package org.qunfang.grid.api;

/** Relation to the head of the household (与户主关系). */
public enum Relation {
  HEAD,
  SPOUSE,
  CHILD,
  PARENT,
  GRANDPARENT,
  GRANDCHILD,
  SIBLING,
  OTHER_RELATIVE,
  NON_RELATIVE
}
