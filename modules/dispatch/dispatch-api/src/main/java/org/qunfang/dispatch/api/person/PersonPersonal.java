package org.qunfang.dispatch.api.person;

import java.util.UUID;

/** Someone's ID number and mobile in full: each reading leaves an audit record. */
public record PersonPersonal(UUID id, String name, String idNumber, String mobile) {}
