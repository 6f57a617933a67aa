package org.qunfang.dispatch.api.mobilisation;

/** How a unit answered an order: people asked, people who reported in. */
public record UnitFigure(String unit, long asked, long reported) {}
