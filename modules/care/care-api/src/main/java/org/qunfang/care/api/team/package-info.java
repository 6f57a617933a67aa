/** 1+1+1 care teams drawn from the dispatch registry, changed with history. */
package org.qunfang.care.api.team;
