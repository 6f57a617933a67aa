package org.qunfang.grid.api;

import java.util.UUID;

/**
 * A grid: a big grid (大网格) under a township or street, or a small grid (小网格) under a big grid and
 * within one community or village. Its code is the division code and a sequence number (CJ/T
 * 349-2010).
 */
public record GridView(
    UUID id,
    String code,
    GridKind kind,
    String name,
    String divisionCode,
    UUID parentId,
    StaffAssignmentView leader,
    long version) {}
