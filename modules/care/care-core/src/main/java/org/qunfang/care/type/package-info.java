/**
 * Observation types, the district's reference list. Their rules are an embeddable that each
 * observation copies at placement, so editing a type changes nothing that is already running.
 */
package org.qunfang.care.type;
