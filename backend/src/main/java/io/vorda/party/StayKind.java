package io.vorda.party;

/** Why a person stays in an institution for a while. */
public enum StayKind {
    /** Detention (prison, remand). */
    DETENTION,
    /** Admission to a hospital or care institution. */
    ADMISSION
}
