package org.qunfang.kernel.area;

import java.util.Arrays;
import java.util.Optional;

/** The five levels of China's statistical division codes; each level has a fixed code length. */
public enum DivisionLevel {
  PROVINCE(2),
  PREFECTURE(4),
  COUNTY(6),
  TOWNSHIP(9),
  VILLAGE(12);

  private final int codeLength;

  DivisionLevel(int codeLength) {
    this.codeLength = codeLength;
  }

  public int codeLength() {
    return codeLength;
  }

  public Optional<DivisionLevel> above() {
    return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
  }

  public static Optional<DivisionLevel> ofCodeLength(int length) {
    return Arrays.stream(values()).filter(level -> level.codeLength == length).findFirst();
  }
}
