/**
 * Social-work service statistics: person-times by agency, day and mode (offline, phone, online),
 * entered by hand for services not logged as calls and counted from the call log for those that
 * are. Aggregates only: no call detail leaves this component.
 */
package org.qunfang.hotline.stats;
