/** Alerts raised by missed slots, abnormal readings and positive tests, and what was done. */
package org.qunfang.care.api.alert;
