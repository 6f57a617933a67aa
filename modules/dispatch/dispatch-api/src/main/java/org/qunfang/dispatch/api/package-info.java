/**
 * Party-member, cadre and volunteer dispatch as the web layer and other modules see it: the
 * registry of people who serve ({@code person}), posts and their shift needs ({@code post}), and
 * the roster of shifts and slots ({@code roster}). Other modules refer to a person or a post by id
 * only.
 */
package org.qunfang.dispatch.api;
