package vn.ruralstat.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows between packages run one way (docs/architecture.md): what the issue #10 restructuring
 * set up, checked on the compiled classes (imports and fully qualified uses alike).
 */
@AnalyzeClasses(packages = "vn.ruralstat", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {

    @ArchTest
    static final ArchRule noTwoTopLevelPackagesDependOnEachOtherAroundALoop =
            slices().matching("vn.ruralstat.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule readingSpreadsheetsKnowsNothingOfTheRest = noClasses()
            .that()
            .resideInAPackage("vn.ruralstat.sheet..")
            .should()
            .dependOnClassesThat(resideInAPackage("vn.ruralstat..").and(not(resideInAPackage("vn.ruralstat.sheet.."))));

    @ArchTest
    static final ArchRule theRegisterIsReferenceData = noClasses()
            .that()
            .resideInAPackage("vn.ruralstat.register..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.ruralstat.dataset..",
                    "vn.ruralstat.ingest..",
                    "vn.ruralstat.store..",
                    "vn.ruralstat.poverty..",
                    "vn.ruralstat.criteria..",
                    "vn.ruralstat.indicators..",
                    "vn.ruralstat.consolidate..",
                    "vn.ruralstat.report..",
                    "vn.ruralstat.job..");

    @ArchTest
    static final ArchRule storageNamesNoDataset = noClasses()
            .that()
            .resideInAPackage("vn.ruralstat.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.ruralstat.poverty..",
                    "vn.ruralstat.criteria..",
                    "vn.ruralstat.indicators..",
                    "vn.ruralstat.consolidate..");

    @ArchTest
    static final ArchRule ingestionNamesNoStorage = noClasses()
            .that()
            .resideInAPackage("vn.ruralstat.ingest..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.ruralstat.store..");

    @ArchTest
    static final ArchRule theJobOnlyWiresAndRunsNoSql = noClasses()
            .that()
            .resideInAPackage("vn.ruralstat.job..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate");
}
