/**
 * People under home observation: the observation with the rules it started with, its period and
 * end-date history, its team places, expected and extra checks, tests and alerts. The entities of
 * the other care components live here because an observation's view shows them all; the components
 * above (team, check, alert) hold the desks that change them.
 */
package org.qunfang.care.observation;
