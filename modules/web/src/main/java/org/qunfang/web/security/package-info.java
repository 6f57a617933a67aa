/**
 * Authentication over one identity store: HTTP Basic for /api, a form and a session for pages.
 * Jakarta Security 3 allows one mechanism per application, so {@link
 * org.qunfang.web.security.QunfangAuthentication} chooses by path. Roles map one-to-one to the
 * groups the store returns (glassfish-application.xml in the EAR).
 */
package org.qunfang.web.security;
