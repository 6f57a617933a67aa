package org.qunfang.grid.api.screening;

import java.util.UUID;

/** An arrival's personal values in full; every read is audited. */
public record ArrivalPersonal(UUID id, String name, String idNumber, String phone) {}
