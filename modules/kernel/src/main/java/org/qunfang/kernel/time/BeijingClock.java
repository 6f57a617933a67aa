package org.qunfang.kernel.time;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock Bean Validation judges {@code @PastOrPresent} and the like by: Beijing time, not the
 * server's zone. Between midnight and 08:00 in Beijing the server's (UTC) date is still yesterday,
 * and "today" would otherwise be refused as a future date. Named in each module's validation.xml.
 */
public class BeijingClock implements ClockProvider {

  @Override
  public Clock getClock() {
    return Clock.system(Beijing.ZONE);
  }
}
