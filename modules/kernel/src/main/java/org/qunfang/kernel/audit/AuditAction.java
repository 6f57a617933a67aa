package org.qunfang.kernel.audit;

/** What an audit record says happened. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  /** Someone saw a personal value in full. */
  VIEW_FULL,
  /** Someone took individual records out of the system, with the reason they gave. */
  EXPORT,
  LOGIN,
  LOGIN_FAILED,
  LOCKED_OUT,
  LOGOUT,
  ACCESS_DENIED
}
