/**
 * The append-only audit trail: entity changes are captured from EclipseLink's change sets inside
 * the writing transaction; reads of full personal values and login events are recorded explicitly.
 * Storage is the access module's, behind {@link org.qunfang.kernel.audit.AuditSink}.
 */
package org.qunfang.kernel.audit;
