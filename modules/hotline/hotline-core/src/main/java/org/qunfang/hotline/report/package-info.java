/**
 * The hotline's figures for the formal reports: the monthly service report (aggregates, for report
 * officers and supervisors) and how high-risk calls were handled (supervisors only).
 */
package org.qunfang.hotline.report;
