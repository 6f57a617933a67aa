/**
 * Service set-up: hotlines, social-work agencies, counselling teams, counsellors and the duty
 * roster. A counsellor's team decides whose calls they read; their account links them to the calls
 * they log.
 */
package org.qunfang.hotline.setup;
