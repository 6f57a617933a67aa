package org.qunfang.kernel.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Attaches the audit listener to every {@link Audited} entity of a persistence unit. Named in each
 * persistence.xml as {@code eclipselink.session.customizer}.
 */
public class AuditingCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    AuditListener listener = new AuditListener();
    session.getDescriptors().values().stream()
        .filter(descriptor -> descriptor.getJavaClass().isAnnotationPresent(Audited.class))
        .forEach(descriptor -> descriptor.getEventManager().addListener(listener));
  }
}
