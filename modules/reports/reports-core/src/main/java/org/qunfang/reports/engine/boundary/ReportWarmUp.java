package org.qunfang.reports.engine.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.engine.control.OfficialDocument;

/**
 * Renders one small document in the background a few seconds after a start. The first report after
 * a start took 4–5 s, nearly all of it JasperReports loading its compiler, the CJK fonts and the
 * PDF writer; with this the district office's first report of the day takes as long as any.
 */
@Startup
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportWarmUp {

  private static final Logger LOG = Logger.getLogger(ReportWarmUp.class.getName());

  /** After deployment has finished, not during it. */
  private static final long DELAY_MILLIS = 5_000;

  @Inject ReportEngine engine;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
  }

  @Timeout
  void warmUp() {
    long started = System.nanoTime();
    try {
      engine
          .renderer()
          .render(
              new OfficialDocument("群防", "预热〔0〕0号", "预热", null, null, LocalDate.now(), true),
              new ReportBody("warm-up", List.of(Map.of("name", "预热 warm-up"))));
      LOG.info(
          () -> "report engine warmed up in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    } catch (RuntimeException failed) {
      // the first report pays the load then, as before; the engine's own errors show there
      LOG.log(Level.WARNING, "report engine warm-up failed", failed);
    }
  }
}
