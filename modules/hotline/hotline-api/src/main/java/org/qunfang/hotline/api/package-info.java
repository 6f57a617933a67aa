/**
 * The psychological hotline as the web layer and other modules see it: service set-up and the duty
 * roster ({@code setup}), the call record with its risk screen, crisis actions, referrals and
 * follow-ups ({@code call}). Call details are confidential: the facades, not their callers, decide
 * who may read them.
 */
package org.qunfang.hotline.api;
