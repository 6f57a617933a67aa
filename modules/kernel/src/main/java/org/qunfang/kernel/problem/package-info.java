/**
 * Problems (RFC 9457 in spirit): exceptions that carry a status, a message key resolved in the
 * reader's language, and the field at fault. They are checked-free and roll back the boundary.
 */
package org.qunfang.kernel.problem;
