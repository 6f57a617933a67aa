package org.qunfang.grid.intake.control;

import java.util.UUID;

/** What a row needs to know of its small grid. */
public record GridRef(UUID id, String code, String name, String divisionCode) {}
