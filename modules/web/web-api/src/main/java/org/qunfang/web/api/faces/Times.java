package org.qunfang.web.api.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import org.qunfang.kernel.time.Beijing;

/** Instants as people in China read them: {@code #{times.format(r.issuedAt())}}. */
@Named
@ApplicationScoped
public class Times {

  public String format(Instant instant) {
    return instant == null ? "" : Beijing.format(instant);
  }
}
