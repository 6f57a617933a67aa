package org.qunfang.hotline.retention.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qunfang.kernel.time.Beijing;

/**
 * How long hotline records are kept in full: {@code qunfang.hotline.retention-years}, at least 3.
 */
@Dependent
public class RetentionPeriod {

  /** The guideline's minimum; a smaller setting is raised to it, with a warning. */
  public static final int MINIMUM_YEARS = 3;

  private static final Logger LOG = Logger.getLogger(RetentionPeriod.class.getName());

  @Inject
  @ConfigProperty(name = "qunfang.hotline.retention-years", defaultValue = "3")
  int configuredYears;

  public int years() {
    if (configuredYears < MINIMUM_YEARS) {
      LOG.warning(
          () ->
              "qunfang.hotline.retention-years="
                  + configuredYears
                  + " is below the minimum; keeping records "
                  + MINIMUM_YEARS
                  + " years");
      return MINIMUM_YEARS;
    }
    return configuredYears;
  }

  /** Calls that ended before this moment are past retention. */
  public Instant cutOff(Instant now) {
    return ZonedDateTime.ofInstant(now, Beijing.ZONE).minusYears(years()).toInstant();
  }
}
