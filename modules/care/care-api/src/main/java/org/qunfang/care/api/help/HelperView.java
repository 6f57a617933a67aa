package org.qunfang.care.api.help;

import java.util.UUID;

/** Someone of a logistics team who could take a request, and how many they have in hand. */
public record HelperView(UUID personId, String name, String area, long inHand) {}
