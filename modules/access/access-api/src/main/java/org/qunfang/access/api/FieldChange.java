package org.qunfang.access.api;

/**
 * One field of a recorded change: its value before (null: unset, or not on the trail before this
 * entry) and after. Personal values are masked on both sides, as the trail keeps them.
 */
public record FieldChange(String field, String before, String after) {}
