package org.frontline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;


/**
 * The package structure as a specification. Data flows ingest → extraction → resolution → storage, all of them
 * drawing on the shared vocabulary and on knowledge; the API's feature packages read what storage wrote; import jobs
 * drive the pipeline. The feature packages link one another as the schema's types do, so together they count as one
 * part here.
 */
class ArchitectureTest {

    private static final Set<String> FEATURE_PACKAGES = Set.of("event", "place", "person", "organization", "quote",
            "source", "search");

    /** The compiled classes, read where the build put them: scanning the whole class path takes many seconds. */
    private static final Path MAIN_CLASSES = Path.of("target/classes");
    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    private static final JavaClasses MAIN = new ClassFileImporter().importPath(MAIN_CLASSES);

    private static final JavaClasses ALL = new ClassFileImporter().importPaths(List.of(MAIN_CLASSES, TEST_CLASSES));

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().assignedFrom(new PackagesWithTheReadModelAsOne()).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theSharedVocabularyDependsOnNothingElseOfTheProject() {
        noClasses().that().resideInAPackage("org.frontline.vocabulary..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.frontline.vocabulary..", "java..")
                .check(MAIN);
    }

    @Test
    void knowledgeDependsOnlyOnTheVocabulary() {
        noClasses().that().resideInAPackage("org.frontline.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage(projectPackagesExcept("knowledge", "vocabulary"))
                .check(MAIN);
    }

    @Test
    void thePipelineKnowsNothingOfStorageImportJobsOrTheApi() {
        noClasses().that().resideInAnyPackage("org.frontline.ingest..", "org.frontline.extraction..",
                        "org.frontline.resolution..", "org.frontline.knowledge..", "org.frontline.vocabulary..")
                .should().dependOnClassesThat().resideInAnyPackage(apiAndJobPackages())
                .orShould().dependOnClassesThat().resideInAPackage("org.frontline.storage..")
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(MAIN);
    }

    @Test
    void storageKnowsNothingOfImportJobsOrTheApi() {
        noClasses().that().resideInAPackage("org.frontline.storage..")
                .should().dependOnClassesThat().resideInAnyPackage(apiAndJobPackages())
                .check(MAIN);
    }

    @Test
    void noClassNameRepeatsAcrossPackages() {
        Map<String, Set<String>> packagesByName = new TreeMap<>();
        for (JavaClass type : ALL) {
            if (type.isTopLevelClass()) {
                packagesByName.computeIfAbsent(type.getSimpleName(), name -> new TreeSet<>())
                        .add(type.getPackageName());
            }
        }
        Map<String, Set<String>> repeated = packagesByName.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(repeated).as("class names found in more than one package").isEmpty();
    }

    private static String[] apiAndJobPackages() {
        Set<String> packages = new TreeSet<>();
        for (String feature : FEATURE_PACKAGES) {
            packages.add("org.frontline." + feature + "..");
        }
        packages.add("org.frontline.graphql..");
        packages.add("org.frontline.paging..");
        packages.add("org.frontline.importjob..");
        return packages.toArray(String[]::new);
    }

    private static String[] projectPackagesExcept(String... allowed) {
        Set<String> allowedSet = Set.of(allowed);
        return MAIN.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("org.frontline."))
                .map(name -> name.substring("org.frontline.".length()).split("\\.")[0])
                .filter(top -> !allowedSet.contains(top))
                .distinct()
                .map(top -> "org.frontline." + top + "..")
                .toArray(String[]::new);
    }

    /** Each package is a part of its own, but for the read model's feature packages, which are one. */
    private static final class PackagesWithTheReadModelAsOne implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith("org.frontline.")) {
                return SliceIdentifier.ignore();
            }
            String top = name.substring("org.frontline.".length()).split("\\.")[0];
            return SliceIdentifier.of(FEATURE_PACKAGES.contains(top) ? "the read model" : name);
        }

        @Override
        public String getDescription() {
            return "packages of org.frontline, the read model's feature packages as one";
        }
    }
}
