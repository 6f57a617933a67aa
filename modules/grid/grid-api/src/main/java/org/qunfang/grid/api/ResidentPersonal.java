package org.qunfang.grid.api;

import java.util.UUID;

/** A person's ID number and phone in full; every read of it is in the audit trail. */
public record ResidentPersonal(UUID id, String name, String idNumber, String phone) {}
