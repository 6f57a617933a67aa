package org.qunfang.kernel.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field holding the division code an audited entity lies in. Its audit entries carry that
 * area, so auditors read only the entries about their own area. An entity without one is placed in
 * its actor's area.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditArea {}
