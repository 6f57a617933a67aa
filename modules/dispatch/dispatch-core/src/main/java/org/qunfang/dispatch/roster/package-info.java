/**
 * Shifts and their places, edited by hand or filled by the solver, signed in and out at the post. A
 * place carries its shift's times so someone's shifts are found without a join; hand edits lock the
 * person's row so concurrent edits are judged one after the other.
 */
package org.qunfang.dispatch.roster;
