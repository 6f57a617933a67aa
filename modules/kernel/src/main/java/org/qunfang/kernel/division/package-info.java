/**
 * The division directory's contract: every module places its records on a division, so the contract
 * lives here rather than in one module's api (access and grid would otherwise need each other).
 * Grid imports the NBS files and implements it.
 */
package org.qunfang.kernel.division;
