/** Checks (expected per day and slot) and nucleic-acid tests of people under observation. */
package org.qunfang.care.api.check;
