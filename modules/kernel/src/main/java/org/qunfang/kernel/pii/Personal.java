package org.qunfang.kernel.pii;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an entity attribute as personal information: the audit trail records it masked. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Personal {

  Kind value();

  enum Kind {
    ID_NUMBER,
    MOBILE,
    NAME,
    /** Never shown, not even masked (password hashes). */
    SECRET,
    /**
     * Health information — temperatures, symptoms, test results (PIPL art. 28): never shown in the
     * audit trail, where its mere value would disclose it.
     */
    HEALTH
  }
}
