package org.qunfang.care.api.check;

/** A nucleic-acid test's result; pending until the laboratory answers. */
public enum TestResult {
  PENDING,
  NEGATIVE,
  POSITIVE
}
