/**
 * Personal information under PIPL: encrypted at rest (AES-GCM, key from configuration), a keyed
 * hash beside each encrypted column for exact lookup, and one place that decides how values are
 * masked.
 */
package org.qunfang.kernel.pii;
