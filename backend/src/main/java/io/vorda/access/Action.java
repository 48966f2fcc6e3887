package io.vorda.access;

/** The things a caller may be allowed to do; {@link Permissions} holds the role × action table. */
public enum Action {
    /** Read and change users: create, edit, deactivate, reset passwords. */
    ADMINISTER_USERS,
    /** Create, edit and archive teams. */
    ADMINISTER_TEAMS,
    /** See the list of teams (to assign work). */
    VIEW_TEAMS,
    /** Create and revoke integrators' API clients. */
    ADMINISTER_API_CLIENTS,
    /** Read the access audit log. */
    READ_AUDIT_LOG,
    /** Read one's own profile and change one's own name, phone, language and password. */
    MANAGE_OWN_PROFILE,
    /** Find and read parties (debtors, clients, contacts). */
    VIEW_PARTIES,
    /** Create and change parties, their addresses, channels, accounts, stays and notes. */
    EDIT_PARTIES,
    /** Merge a duplicate party into another. */
    MERGE_PARTIES,
    /** See clients (creditors) and their collection terms. */
    VIEW_CLIENTS,
    /** Create and change client profiles and their collection terms. */
    EDIT_CLIENTS,
    /** See cases: those of one's teams and those assigned to one; for a client user, those of the clients they represent. */
    VIEW_CASES,
    /** See every case, whatever team or assignee. */
    VIEW_ALL_CASES,
    /** Open cases and work them: status changes, claims, parties, notes, assignment. */
    EDIT_CASES,
    /** Move all open cases of one user to another (handover when someone leaves). */
    HAND_OVER_CASES,
    /** See a case's money: balances, interest per period, costs, payments and their allocations. */
    VIEW_MONEY,
    /** Register payments received on cases, and split one payment over several cases. */
    REGISTER_PAYMENTS,
    /** Reverse a registered payment (its allocations are undone and later payments re-allocated). */
    REVERSE_PAYMENTS,
    /** Charge collection costs (or fixed interest) on a claim, with the rule that produced them. */
    CHARGE_COSTS,
    /** See the nightly balance (interest accrual) runs and their outcome. */
    MANAGE_ACCRUAL_RUNS,
    /** See the interest rate tables and exchange rates, and preview interest on them. */
    VIEW_RATES,
    /** Add, correct and withdraw interest rate periods and exchange rates. */
    ADMINISTER_RATES,
    /** Use the integrations API as an integrator. */
    USE_INTEGRATIONS_API,
    /** Preview, agree and cancel payment plans and record promises to pay on the cases one may see. */
    MANAGE_ARRANGEMENTS
}
