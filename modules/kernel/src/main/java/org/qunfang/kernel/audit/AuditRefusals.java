package org.qunfang.kernel.audit;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a boundary: every refusal it gives for lack of reach (403, or 404 for what lies outside the
 * caller's area) goes into the audit trail, where auditors see someone probing.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AuditRefusals {}
