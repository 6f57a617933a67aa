package org.qunfang.kernel.pii;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view's value that its readers may see on screen, where each full view is audited, but that an
 * export masks: a spreadsheet leaves the system and nobody audits who reads it after (health
 * information such as temperatures, symptoms and test results, PIPL art. 28).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotExported {}
