package org.qunfang.dispatch.api.party;

/**
 * A temporary party committee (临时党委) set up over an area, or a temporary branch (临时党支部) under one,
 * at a checkpoint, a compound's grid or wherever people serve together.
 */
public enum OrganisationKind {
  TEMPORARY_COMMITTEE,
  TEMPORARY_BRANCH
}
