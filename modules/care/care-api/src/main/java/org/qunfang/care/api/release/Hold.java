package org.qunfang.care.api.release;

/** Why someone cannot be released yet. */
public enum Hold {
  /** The planned last day is still ahead. */
  PERIOD_NOT_OVER,
  /** An alert has not been acted on. */
  OPEN_ALERTS,
  /** A test has no result (or was never sampled). */
  TEST_PENDING,
  /** A test was positive. */
  TEST_POSITIVE,
  /** A slot closed with nothing recorded and has not been found missed yet. */
  CHECK_UNRECORDED
}
