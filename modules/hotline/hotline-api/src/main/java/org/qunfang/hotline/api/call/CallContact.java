package org.qunfang.hotline.api.call;

import java.util.UUID;

/** The call-back contact in full; every read is audited. */
public record CallContact(UUID callId, String contact) {}
