package org.qunfang.web.api.menu;

import org.qunfang.access.api.RoleGroup;

/**
 * One page in the menu: its id (also the page's file name), the text key of its label, a PrimeIcons
 * icon, and who sees it.
 */
public record MenuEntry(String page, String label, String icon, RoleGroup group) {}
