package id.surel.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code service:} of a definition: what it may be, and that its steps fit it. */
class ServiceRulesTest {

    private static final String SOURCE = "sop/contoh/layanan-v1.yaml";

    /** A valid password-reset procedure; tests change its service or its action. */
    private static final String RESET = """
            key: contoh-atur-ulang
            version: 1
            service: password-reset
            identity:
              title: Atur ulang kata sandi
            actors:
              - id: pemohon
                name: Pemegang akun
                applicant: true
              - id: petugas
                name: Petugas
            steps:
              - id: ajukan
                kind: submission
                actor: pemohon
                activity: Mengajukan
                next: periksa
              - id: periksa
                kind: decision
                actor: petugas
                activity: Memverifikasi pemegang akun
                time: 30 menit
                branches:
                  - id: ya
                    label: "Ya"
                    next: ganti
                  - id: tidak
                    label: "Tidak"
                    next: selesai
                    outcome: rejected
              - id: ganti
                kind: system
                actor: petugas
                activity: Surel mengganti kata sandi
                time: 15 menit
                action: reset-password
                next: selesai
              - id: selesai
                kind: end
            """;

    private final SopDefinitionReader reader = new SopDefinitionReader();

    @Test
    void aLifecycleDefinitionIsReadWithItsService() {
        assertThat(reader.read(SOURCE, RESET).service()).isEqualTo(SopService.PASSWORD_RESET);
    }

    @Test
    void withoutServiceADefinitionIsANewAccountSop() {
        String newAccount = RESET.replace("service: password-reset\n", "").replace("reset-password", "create-mailbox");
        assertThat(reader.read(SOURCE, newAccount).service()).isEqualTo(SopService.NEW_ACCOUNT);
    }

    @Test
    void anUnknownServiceIsRefusedInBothLanguages() {
        DefinitionProblem problem = onlyProblem(RESET.replace("service: password-reset", "service: reset-sandi"));
        assertThat(problem.messageId()).contains("layanan ('service') 'reset-sandi' tidak dikenal")
                .contains("password-reset");
        assertThat(problem.messageEn()).contains("unknown 'service' 'reset-sandi' (choose from: new-account,"
                + " password-reset, suspend, close, quota-change)");
    }

    @Test
    void aLifecycleServiceNeedsItsOwnAction() {
        List<DefinitionProblem> problems = problems(RESET.replace("service: password-reset", "service: suspend"));
        assertThat(problems).extracting(DefinitionProblem::messageEn).containsExactlyInAnyOrder(
                "action 'reset-password' belongs to service 'password-reset', not 'suspend'",
                "service 'suspend' needs a step with action 'suspend-mailbox'");
        assertThat(problems).extracting(DefinitionProblem::messageId)
                .contains("layanan 'suspend' memerlukan langkah dengan aksi 'suspend-mailbox'");
    }

    @Test
    void aNewAccountSopCannotResetPasswordsAndAResetCannotCreateMailboxes() {
        DefinitionProblem inNewAccount = onlyProblem(RESET.replace("service: password-reset\n", ""));
        assertThat(inNewAccount.stepId()).isEqualTo("ganti");
        assertThat(inNewAccount.messageEn())
                .isEqualTo("action 'reset-password' belongs to service 'password-reset', not 'new-account'");

        List<DefinitionProblem> creating = problems(RESET.replace("action: reset-password", "action: create-mailbox"));
        assertThat(creating).extracting(DefinitionProblem::messageEn).containsExactlyInAnyOrder(
                "action 'create-mailbox' belongs to service 'new-account', not 'password-reset'",
                "service 'password-reset' needs a step with action 'reset-password'");
    }

    @Test
    void everyShippedLifecycleSeedIsValid() {
        for (String seed : List.of("sop/kota-cirebon/atur-ulang-sandi-v1.yaml",
                "sop/kota-cirebon/penangguhan-akun-v1.yaml", "sop/kota-cirebon/penutupan-akun-v1.yaml",
                "sop/kota-cirebon/perubahan-kuota-v1.yaml", "sop/kota-bogor/atur-ulang-sandi-v1.yaml",
                "sop/kota-bogor/penangguhan-akun-v1.yaml")) {
            SopDefinition definition = reader.read(seed, text(seed));
            assertThat(definition.service().lifecycle()).as(seed).isTrue();
            assertThat(definition.steps()).as(seed).anyMatch(s -> s.action() == definition.service().action());
            assertThat(definition.steps()).as(seed).filteredOn(s -> s.isHumanStep())
                    .allSatisfy(s -> assertThat(s.time()).isNotNull());
        }
    }

    private static String text(String resource) {
        try (var in = ServiceRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<DefinitionProblem> problems(String yaml) {
        return assertThatExceptionOfType(DefinitionInvalidException.class)
                .isThrownBy(() -> reader.read(SOURCE, yaml))
                .actual()
                .problems();
    }

    private DefinitionProblem onlyProblem(String yaml) {
        List<DefinitionProblem> problems = problems(yaml);
        assertThat(problems).as("problems").hasSize(1);
        return problems.get(0);
    }
}
