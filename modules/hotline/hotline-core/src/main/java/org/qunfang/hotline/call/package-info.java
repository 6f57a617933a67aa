/**
 * The call log: one record per call with its risk screen, crisis steps, referrals and follow-ups.
 * Who may read a call is decided here ({@code CallAccess}), never by the caller of the facade, and
 * every read and every refused attempt is audited.
 */
package org.qunfang.hotline.call;
