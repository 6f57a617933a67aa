package org.qunfang.kernel.entity;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/** Application-assigned ids: UUID version 7, so new rows land at the end of the index. */
public final class Ids {

  private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

  private Ids() {}

  public static UUID next() {
    return GENERATOR.generate();
  }
}
