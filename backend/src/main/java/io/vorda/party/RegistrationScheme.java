package io.vorda.party;

/** The national register an organisation's registration number belongs to. */
public enum RegistrationScheme {
    /** Netherlands, Kamer van Koophandel: 8 digits. */
    KVK,
    /** Belgium, Kruispuntbank van Ondernemingen: 10 digits, mod-97 check. */
    KBO,
    /** Germany, Handelsregister: register type and number, e.g. "HRB 12345". */
    HRB,
    /** Poland, Krajowy Rejestr Sądowy: 10 digits. */
    KRS,
    /** Poland, tax number NIP: 10 digits with a weighted check digit. */
    NIP,
    /** Any other register; stored as typed. */
    OTHER
}
