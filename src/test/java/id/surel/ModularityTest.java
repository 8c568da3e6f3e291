package id.surel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each top-level package is a feature module; this fails on a dependency cycle or a reach into another's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(SurelApplication.class);

    @Test
    void featureModulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsUnderTarget() {
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).isNotEmptyFile();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("sop", "workflow", "mailbox", "request", "tenant");
    }
}
