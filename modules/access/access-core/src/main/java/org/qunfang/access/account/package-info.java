/**
 * Accounts: who may log in, with which roles, over which area. Passwords are PBKDF2 hashes (the
 * Jakarta Security implementation); repeated failures lock an account for a while, and every
 * failure and lock-out is audited.
 */
package org.qunfang.access.account;
