package org.qunfang.kernel.division;

import org.qunfang.kernel.area.DivisionLevel;

/** One administrative division: 县, 乡镇/街道 or 村/社区, with how many divisions lie directly below. */
public record DivisionView(
    String code, String name, DivisionLevel level, String parentCode, int childCount) {}
