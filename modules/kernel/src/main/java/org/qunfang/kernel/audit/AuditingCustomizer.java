package org.qunfang.kernel.audit;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * Puts an entity under audit: {@code @Customizer(AuditingCustomizer.class)} on the entity class.
 * Every insert, update and delete is then written to the audit trail in the same transaction.
 *
 * <p>A class literal on the entity rather than a session customizer named in persistence.xml:
 * EclipseLink resolves that name with its own class loader when the server restarts, and fails.
 */
public class AuditingCustomizer implements DescriptorCustomizer {

  private static final AuditListener LISTENER = new AuditListener();

  @Override
  public void customize(ClassDescriptor descriptor) {
    descriptor.getEventManager().addListener(LISTENER);
  }
}
