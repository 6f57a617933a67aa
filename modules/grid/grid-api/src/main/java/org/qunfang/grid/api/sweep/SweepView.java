package org.qunfang.grid.api.sweep;

import java.time.LocalDate;
import java.util.UUID;

public record SweepView(
    UUID id,
    String name,
    String divisionCode,
    String areaName,
    LocalDate startDate,
    LocalDate endDate,
    String openedBy) {}
