package org.qunfang.grid.api;

import java.util.List;

/** One page of residents and how many match in all. */
public record ResidentPage(List<ResidentView> items, long total, int page, int size) {}
