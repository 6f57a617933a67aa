package org.qunfang.access.api;

import java.util.List;

/** One audit entry with each field it touched, before and after. */
public record AuditChange(AuditRecord record, List<FieldChange> fields) {}
