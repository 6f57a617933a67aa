package org.qunfang.hotline.api.report;

/**
 * One line of a monthly breakdown: the section (按热线, 按渠道 …), the item, its count, and its share of
 * the section's base in per cent (calls, or calls with a category for categories).
 */
public record CountRow(String section, String item, long count, String share) {}
