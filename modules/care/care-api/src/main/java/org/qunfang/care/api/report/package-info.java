/** What care's formal reports read about one observation. */
package org.qunfang.care.api.report;
