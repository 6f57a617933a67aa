package org.qunfang.dispatch.api.attendance;

/**
 * Where someone on a shift stands: not yet due, due and waiting (within the grace period), signed
 * in, signed out, or a no-show (the grace period passed with no sign-in).
 */
public enum Presence {
  UPCOMING,
  WAITING,
  SIGNED_IN,
  SIGNED_OUT,
  NO_SHOW
}
