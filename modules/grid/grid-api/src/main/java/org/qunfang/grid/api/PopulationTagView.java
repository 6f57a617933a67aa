package org.qunfang.grid.api;

/** A special-population tag (重点人群标签), e.g. 独居老人; built-in ones cannot be removed. */
public record PopulationTagView(String code, String nameZh, String nameEn, boolean builtIn) {}
