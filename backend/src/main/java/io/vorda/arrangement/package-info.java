/**
 * Arrangements: payment plans (instalments on business days of the case's jurisdiction), promises to pay, and the
 * daily judgement of both against the payments received. Owns arrangement_terms, payment_plans, plan_instalments,
 * payment_promises, arrangement_monitor_runs. Publishes InstalmentMissed, PlanBroken, PlanCompleted,
 * PlanCancelled, PromiseKept, PromiseBroken. Reads money through the {@link io.vorda.arrangement.CaseMoney} port
 * (the ledger implements it). Door: {@link io.vorda.arrangement.Arrangements}; ADR 0012.
 */
@NullMarked
package io.vorda.arrangement;

import org.jspecify.annotations.NullMarked;
