package org.qunfang.kernel.audit;

/** What an audit record says happened. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  /** Someone saw a personal value in full. */
  VIEW_FULL,
  LOGIN,
  LOGIN_FAILED,
  LOCKED_OUT,
  LOGOUT,
  ACCESS_DENIED
}
