package org.qunfang.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as people in China read them: {@code #{times.format(r.issuedAt())}}. */
@Named
@ApplicationScoped
public class Times {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  public String format(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }
}
