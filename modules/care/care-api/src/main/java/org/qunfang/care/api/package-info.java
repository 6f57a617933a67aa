/**
 * Resident care as other modules see it: observation types, people under home medical observation
 * or health monitoring, their 1+1+1 care teams, checks, tests and alerts, and release. Grid
 * observes {@link org.qunfang.care.api.observation.ObservationStarted} and {@link
 * org.qunfang.care.api.observation.ObservationEnded} to tag the observed in its register; care
 * reads residents through grid-api and team members through dispatch-api, never the other way
 * round.
 */
package org.qunfang.care.api;
