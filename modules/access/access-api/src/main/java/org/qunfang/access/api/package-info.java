/**
 * What other modules may know of access: the roles, the caller's profile and area scope, and the
 * facades for account administration and authentication. No persistence here.
 */
package org.qunfang.access.api;
