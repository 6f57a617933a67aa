package org.qunfang.care.api.help;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Who of a logistics team takes the request (someone of the registry with the logistics skill). */
public record HelpTaking(@NotNull UUID personId, long version) {}
