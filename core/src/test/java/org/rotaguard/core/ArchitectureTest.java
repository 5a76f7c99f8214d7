package org.rotaguard.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is plain Java: no I/O, web, solver or framework. */
@AnalyzeClasses(packages = "org.rotaguard.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreUsesOnlyTheJavaPlatform = classes().that().resideInAPackage("org.rotaguard.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.rotaguard.core..", "java.lang..",
                    "java.util..", "java.time..", "java.math..", "java.text..");

    @ArchTest
    static final ArchRule coreDoesNoIo = noClasses().that().resideInAPackage("org.rotaguard.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                    "java.sql..", "javax..", "jakarta..", "org.springframework..", "com.fasterxml..",
                    "com.google.ortools..", "picocli..");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheOuterModules = noClasses().that()
            .resideInAPackage("org.rotaguard.core..").should().dependOnClassesThat()
            .resideInAnyPackage("org.rotaguard.io..", "org.rotaguard.app..", "org.rotaguard.solver..");
}
