/**
 * Bean Validation constraints for Chinese identifiers. Messages live in ValidationMessages (zh, en)
 * in this jar, so every module's records get them in the reader's language.
 */
package org.qunfang.kernel.validation;
