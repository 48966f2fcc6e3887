package io.vorda;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules of ARCHITECTURE §5–6, checked on every build. */
@AnalyzeClasses(packages = "io.vorda", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTest {

    /** Module root packages hold domain code: no HTTP, no GraphQL. Adapter modules (portal, integration) are excluded. */
    private static final String[] MODULE_ROOTS = {"io.vorda.access", "io.vorda.party", "io.vorda.client", "io.vorda.cases", "io.vorda.interest",
            "io.vorda.calendar", "io.vorda.arrangement", "io.vorda.ledger", "io.vorda.ledger.allocation", "io.vorda.payment", "io.vorda.rate", "io.vorda.shared"};

    @ArchTest // modules may depend on each other, never in a circle
    static final ArchRule modules_are_free_of_cycles = slices().matching("io.vorda.(*)..").should().beFreeOfCycles();

    @ArchTest // the kernel depends on the JDK (and null annotations) only
    static final ArchRule shared_is_a_leaf = classes().that().resideInAPackage("io.vorda.shared..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.vorda.shared..", "java..", "org.jspecify..");

    @ArchTest // interest is a pure calculation: no database, no HTTP, no framework, no other module (the rate module wires it)
    static final ArchRule interest_is_pure = classes().that().resideInAPackage("io.vorda.interest..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.vorda.interest..", "io.vorda.shared..", "java..", "org.jspecify..");

    @ArchTest // the calendar is holiday law on top of Jollyday: no database, no other module but the jurisdictions
    static final ArchRule calendar_is_pure = classes().that().resideInAPackage("io.vorda.calendar..")
            .and().haveNameNotMatching(".*\\.\\$.*") // bean definitions Micronaut generates
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.vorda.calendar..", "io.vorda.client", "java..",
                    "org.jspecify..", "de.focus_shift.jollyday..", "jakarta.inject..");

    @ArchTest // domain code knows nothing about transport
    static final ArchRule module_roots_are_transport_free = noClasses().that().resideInAnyPackage(MODULE_ROOTS)
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "graphql..");

    @ArchTest // money is never floating point
    static final ArchRule no_floating_point_money = noFields().that().areDeclaredInClassesThat()
            .resideInAnyPackage("..claim..", "..interest..", "..ledger..", "..payment..", "..arrangement..", "..shared..")
            .should().haveRawType(double.class).orShould().haveRawType(float.class)
            .allowEmptyShould(true);

    @ArchTest // modules never depend on platform: it wires them, not the other way round
    static final ArchRule nothing_depends_on_platform = noClasses().that().resideOutsideOfPackage("io.vorda.platform..")
            .and().resideOutsideOfPackage("io.vorda")
            .should().dependOnClassesThat().resideInAPackage("io.vorda.platform..");

    @ArchTest // a module's sub-packages (its adapters, its internals) are its own business (Spring Modulith's API rule)
    static final ArchRule access_subpackages_are_private_to_access = noClasses().that().resideOutsideOfPackage("io.vorda.access..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vorda.access.*..");

    @ArchTest
    static final ArchRule party_subpackages_are_private_to_party = noClasses().that().resideOutsideOfPackage("io.vorda.party..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vorda.party.*..");

    @ArchTest
    static final ArchRule client_and_cases_subpackages_are_private = noClasses().that().resideOutsideOfPackage("io.vorda.client..")
            .and().resideOutsideOfPackage("io.vorda.cases..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vorda.client.*..", "io.vorda.cases.*..");

    @ArchTest
    static final ArchRule arrangement_subpackages_are_private_to_arrangement = noClasses().that().resideOutsideOfPackage("io.vorda.arrangement..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vorda.arrangement.*..");

    @ArchTest // the ledger's allocation engine and adapter, and the payment adapter, are their module's own
    static final ArchRule ledger_and_payment_subpackages_are_private = noClasses().that().resideOutsideOfPackage("io.vorda.ledger..")
            .and().resideOutsideOfPackage("io.vorda.payment..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vorda.ledger.*..", "io.vorda.payment.*..");

    @ArchTest // the ledger depends on cases and payment on the ledger, never the other way round (no cycle, one direction)
    static final ArchRule cases_know_nothing_of_money_modules = noClasses().that().resideInAnyPackage("io.vorda.cases..", "io.vorda.client..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vorda.ledger..", "io.vorda.payment..");

    @ArchTest
    static final ArchRule rate_subpackages_are_private_to_rate = noClasses().that().resideOutsideOfPackage("io.vorda.rate..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vorda.rate.*..");

    @ArchTest // the adapter kit stays independent of every module
    static final ArchRule api_kit_depends_on_no_module = noClasses().that().resideInAPackage("io.vorda.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vorda.access..", "io.vorda.party..", "io.vorda.client..", "io.vorda.cases..",
                    "io.vorda.calendar..", "io.vorda.arrangement..", "io.vorda.ledger..", "io.vorda.payment..", "io.vorda.rate..", "io.vorda.platform..", "io.vorda.portal..", "io.vorda.integration..");

    @ArchTest // repositories and table rows are never part of a door
    static final ArchRule repositories_are_package_private = classes().that().haveSimpleNameEndingWith("Repository")
            .should().notBePublic();

    @ArchTest // banned names (ARCHITECTURE §17 rule 5)
    static final ArchRule names_come_from_the_business = noClasses().should()
            .haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameStartingWith("Default")
            .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils");
}
