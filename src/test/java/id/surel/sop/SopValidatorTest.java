package id.surel.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SopValidatorTest {

    private static final String SOURCE = "sop/contoh/uji-v1.yaml";

    /** A small valid definition; every test breaks it in one place. */
    private static final String VALID = """
            key: contoh-uji
            version: 1
            identity:
              title: Contoh
            actors:
              - id: pemohon
                name: Pemohon
                applicant: true
              - id: petugas
                name: Petugas
            steps:
              - id: ajukan
                kind: submission
                actor: pemohon
                activity: Mengajukan permohonan
                next: periksa
              - id: periksa
                kind: decision
                actor: petugas
                activity: Memeriksa permohonan
                time: 30 menit
                branches:
                  - id: ya
                    label: "Ya"
                    next: buat-akun
                  - id: tidak
                    label: "Tidak"
                    next: selesai
                    outcome: rejected
              - id: buat-akun
                kind: task
                actor: petugas
                activity: Membuat akun
                time: 1 jam
                action: create-mailbox
                next: beri-tahu
              - id: beri-tahu
                kind: system
                actor: petugas
                activity: Memberi tahu pemohon
                time: 15 menit
                action: notify-applicant
                next: selesai
              - id: selesai
                kind: end
            """;

    private final SopDefinitionReader reader = new SopDefinitionReader();

    @Test
    void acceptsTheValidExample() {
        SopDefinition definition = reader.read(SOURCE, VALID);

        assertThat(definition.steps()).hasSize(5);
        assertThat(new SopValidator().validate(SOURCE, definition)).isEmpty();
    }

    @Test
    void rejectsUnknownActor() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "actor: petugas\n    activity: Membuat akun",
                "actor: admin\n    activity: Membuat akun"));

        assertThat(problem.stepId()).isEqualTo("buat-akun");
        assertThat(problem).hasToString(SOURCE + ": langkah 'buat-akun': pelaksana 'admin' tidak dikenal"
                + " / step 'buat-akun': unknown actor 'admin'");
    }

    @Test
    void rejectsUnreachableStep() {
        DefinitionProblem problem = onlyProblem(VALID + """
                  - id: arsipkan
                    kind: task
                    actor: petugas
                    activity: Mengarsipkan
                    time: 15 menit
                    next: selesai
                """);

        assertNames(problem, "arsipkan", "cannot be reached from the submission step 'ajukan'");
    }

    @Test
    void rejectsBranchToUnknownStep() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "next: buat-akun", "next: buat-akunn"));

        // buat-akun is now unreachable too, but that is the typo's echo: it is not reported a second time
        assertNames(problem, "periksa", "branch 'ya' leads to step 'buat-akunn', which does not exist");
    }

    @Test
    void rejectsNextToUnknownStep() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "next: beri-tahu", "next: kabari"));

        assertNames(problem, "buat-akun", "'next' leads to step 'kabari', which does not exist");
    }

    @Test
    void rejectsDefinitionWithoutEnd() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, """
                  - id: selesai
                    kind: end
                """, """
                  - id: selesai
                    kind: task
                    actor: petugas
                    activity: Menutup
                    time: 5 menit
                    next: periksa
                """));

        assertThat(problem.sourceName()).isEqualTo(SOURCE);
        assertThat(problem.stepId()).as("no end is the whole flow's problem, not one step's").isNull();
        assertThat(problem.messageEn()).isEqualTo("no end step (kind: end)");
        assertThat(problem.toString()).startsWith(SOURCE + ": ");
    }

    @Test
    void rejectsLoopWithNoWayOut() {
        List<DefinitionProblem> problems = problems(replaceOnce(VALID, "next: selesai\n        outcome: rejected",
                "next: perbaiki\n        outcome: rejected") + """
                  - id: perbaiki
                    kind: task
                    actor: petugas
                    activity: Memperbaiki berkas
                    time: 1 jam
                    next: periksa-ulang
                  - id: periksa-ulang
                    kind: task
                    actor: petugas
                    activity: Memeriksa ulang
                    time: 1 jam
                    next: perbaiki
                """);

        assertThat(problems).extracting(DefinitionProblem::stepId).containsExactly("perbaiki", "periksa-ulang");
        assertThat(problems).allSatisfy(p -> assertNames(p, p.stepId(), "never reaches an end step"));
    }

    @Test
    void rejectsUnreadableTimeStandardQuotingIt() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "time: 1 jam", "time: sebentar"));

        assertNames(problem, "buat-akun", "cannot read time standard 'sebentar'");
        assertThat(problem.messageId()).contains("'sebentar'");
    }

    @Test
    void rejectsTaskWithoutTimeStandard() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "    time: 1 jam\n", ""));

        assertNames(problem, "buat-akun", "a task step needs 'time'");
    }

    @Test
    void rejectsUnknownActionNamingTheWord() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "action: notify-applicant", "action: kirim-sms"));

        assertNames(problem, "beri-tahu", "unknown system action 'kirim-sms'");
        assertThat(problem.messageEn()).contains("create-mailbox, notify-applicant, report-account-count");
    }

    @Test
    void rejectsEscalationToTheApplicant() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "    time: 1 jam\n",
                "    time: 1 jam\n    escalateTo: pemohon\n"));

        assertNames(problem, "buat-akun", "escalation to 'pemohon': not a known staff actor");
    }

    @Test
    void acceptsEscalationToAStaffActor() {
        SopDefinition definition = reader.read(SOURCE, replaceOnce(VALID, "    time: 1 jam\n",
                "    time: 1 jam\n    escalateTo: petugas\n"));

        assertThat(definition.step("buat-akun").escalateTo()).isEqualTo("petugas");
    }

    @Test
    void rejectsSystemStepWithoutAction() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "    action: notify-applicant\n", ""));

        assertNames(problem, "beri-tahu", "a system step needs 'action'");
    }

    @Test
    void rejectsActionOnADecision() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "    time: 30 menit\n",
                "    time: 30 menit\n    action: create-mailbox\n"));

        assertNames(problem, "periksa", "a decision step cannot have 'action'");
    }

    @Test
    void rejectsTwoSubmissionSteps() {
        DefinitionProblem problem = onlyProblem(VALID + """
                  - id: ajukan-lagi
                    kind: submission
                    actor: pemohon
                    activity: Mengajukan lagi
                    next: periksa
                """);

        assertNames(problem, "ajukan-lagi", "a second submission step; only one is allowed (the first is 'ajukan')");
    }

    @Test
    void rejectsDuplicateStepId() {
        DefinitionProblem problem = onlyProblem(VALID + """
                  - id: buat-akun
                    kind: task
                    actor: petugas
                    activity: Membuat akun sekali lagi
                    time: 1 jam
                    next: selesai
                """);

        assertNames(problem, "buat-akun", "this step id is used more than once");
    }

    @Test
    void rejectsTaskGivenToTheApplicant() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "actor: petugas\n    activity: Membuat akun",
                "actor: pemohon\n    activity: Membuat akun"));

        assertNames(problem, "buat-akun", "actor 'pemohon' is an applicant; a task step must be done by staff");
    }

    @Test
    void rejectsSubmissionByStaff() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "actor: pemohon\n    activity: Mengajukan",
                "actor: petugas\n    activity: Mengajukan"));

        assertNames(problem, "ajukan", "actor 'petugas' is not an applicant");
    }

    @Test
    void rejectsDecisionWithASingleBranch() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, """
                      - id: tidak
                        label: "Tidak"
                        next: selesai
                        outcome: rejected
                """, ""));

        assertNames(problem, "periksa", "a decision step needs at least 2 'branches'");
    }

    /** VALID with a capacity check between the submission and the decision, branching on its result. */
    private static final String CHECKED = VALID.replace("""
                next: periksa
              - id: periksa
            """, """
                next: cek-kapasitas
              - id: cek-kapasitas
                kind: system
                actor: petugas
                activity: Memeriksa daya tampung
                time: 15 menit
                action: check-capacity
                branches:
                  - id: tersedia
                    label: "Tersedia"
                    when: room
                    next: periksa
                  - id: penuh
                    label: "Penuh"
                    when: full
                    next: selesai
                    outcome: rejected
              - id: periksa
            """);

    @Test
    void acceptsASystemStepThatBranchesOnItsActionsResult() {
        SopDefinition definition = reader.read(SOURCE, CHECKED);

        Step check = definition.step("cek-kapasitas");
        assertThat(check.branches()).extracting(Branch::when).containsExactly("room", "full");
        assertThat(check.branch("penuh").outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void rejectsASystemBranchWithAnUnknownResultAndAResultWithoutABranch() {
        List<DefinitionProblem> problems = problems(replaceOnce(CHECKED, "when: full", "when: penuh"));

        assertThat(problems).extracting(DefinitionProblem::messageEn).containsExactlyInAnyOrder(
                "unknown result 'penuh' on branch 'penuh' (choose from: room, full)", "result 'full' has no branch");
    }

    @Test
    void rejectsASystemBranchWithoutWhen() {
        List<DefinitionProblem> problems = problems(replaceOnce(CHECKED, "        when: room\n", ""));

        assertThat(problems).extracting(DefinitionProblem::messageEn).containsExactlyInAnyOrder(
                "branch 'tersedia' needs 'when' (choose from: room, full)", "result 'room' has no branch");
    }

    @Test
    void rejectsBranchesOnAnActionWithoutResultsAndNextBesideBranches() {
        assertNames(onlyProblem(replaceOnce(CHECKED, "action: check-capacity", "action: notify-applicant")),
                "cek-kapasitas", "action 'notify-applicant' has no results to branch on; use 'next'");
        assertNames(onlyProblem(replaceOnce(CHECKED, "action: check-capacity\n", "action: check-capacity\n    next: periksa\n")),
                "cek-kapasitas", "a system (with branches) step cannot have 'next'");
    }

    @Test
    void rejectsWhenOnADecisionBranch() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "label: \"Tidak\"", "label: \"Tidak\"\n        when: full"));

        assertNames(problem, "periksa", "branch 'tidak' is chosen by staff; 'when' is only for system steps");
    }

    @Test
    void acceptsAFailureExitOnAStepWithAnAction() {
        SopDefinition definition = reader.read(SOURCE, replaceOnce(VALID, "action: create-mailbox\n",
                "action: create-mailbox\n    ifFailed:\n      id: gagal\n      label: \"Gagal\"\n      next: selesai\n"
                        + "      outcome: rejected\n"));

        assertThat(definition.step("buat-akun").ifFailed().next()).isEqualTo("selesai");
        assertThat(definition.step("buat-akun").ifFailed().outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void rejectsAFailureExitOnAStepWithoutAnActionOrWithoutATarget() {
        assertNames(onlyProblem(replaceOnce(VALID, "    activity: Memeriksa permohonan\n",
                        "    activity: Memeriksa permohonan\n    ifFailed: {id: gagal, label: Gagal, next: selesai}\n")),
                "periksa", "'ifFailed' is only for a step with an 'action'");
        assertNames(onlyProblem(replaceOnce(VALID, "action: create-mailbox\n",
                        "action: create-mailbox\n    ifFailed: {id: gagal, label: Gagal}\n")),
                "buat-akun", "'ifFailed' needs 'id', 'label' and 'next'");
    }

    @Test
    void rejectsAFailureExitWhoseIdClashesWithTheStepsOtherExit() {
        assertNames(onlyProblem(replaceOnce(VALID, "action: create-mailbox\n",
                        "action: create-mailbox\n    ifFailed: {id: next, label: Gagal, next: selesai}\n")),
                "buat-akun", "'ifFailed' id 'next' is already used by another exit of this step");
    }

    @Test
    void rejectsBranchesWithTheSameLabel() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "label: \"Tidak\"", "label: \"Ya\""));

        assertNames(problem, "periksa", "branch label 'Ya' is used more than once");
    }

    @Test
    void rejectsArrowBackToTheSubmission() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "next: selesai\n        outcome: rejected",
                "next: ajukan\n        outcome: rejected"));

        assertNames(problem, "periksa", "branch 'tidak' leads back to the submission step 'ajukan'");
    }

    @Test
    void rejectsEndWithNext() {
        DefinitionProblem problem = onlyProblem(VALID + "    next: periksa\n");

        assertNames(problem, "selesai", "an end step cannot have 'next'");
    }

    @Test
    void rejectsUnknownStepKind() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "kind: task", "kind: tugas"));

        assertNames(problem, "buat-akun", "unknown step kind 'tugas'");
    }

    @Test
    void rejectsDefinitionWithoutApplicantOrTitle() {
        List<DefinitionProblem> problems = problems(replaceOnce(replaceOnce(VALID, "    applicant: true\n", ""),
                "  title: Contoh\n", "  number: \"1/2024\"\n"));

        assertThat(problems).extracting(DefinitionProblem::messageEn).contains(
                "the SOP's title ('identity.title') is missing", "no applicant actor ('applicant: true')");
    }

    @Test
    void rejectsMalformedYamlNamingFileAndLine() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "\nversion: 1", "\n  version: 1"));

        assertThat(problem.sourceName()).isEqualTo(SOURCE);
        assertThat(problem.stepId()).isNull();
        assertThat(problem.messageEn())
                .isEqualTo("line 2, column 10: malformed YAML: mapping values are not allowed here");
        assertThat(problem.messageId()).startsWith("baris 2, kolom 10: YAML tidak dapat dibaca");
        assertThat(problem.toString()).startsWith(SOURCE + ": baris 2");
    }

    @Test
    void rejectsDuplicateKeyAsMalformedYaml() {
        DefinitionProblem problem = onlyProblem(
                replaceOnce(VALID, "    time: 1 jam\n", "    time: 1 jam\n    time: 2 jam\n"));

        assertThat(problem.messageEn()).contains("malformed YAML", "\"time\"").startsWith("line 35");
    }

    @Test
    void rejectsUnknownFieldNamingStepAndLine() {
        DefinitionProblem problem = onlyProblem(
                replaceOnce(VALID, "    time: 1 jam\n", "    time: 1 jam\n    warna: merah\n"));

        assertNames(problem, "buat-akun", "line 35: unknown field 'warna' in /steps/2 (known: id, number, kind,");
        assertThat(problem.messageId()).startsWith("baris 35: kunci 'warna' tidak dikenal");
    }

    @Test
    void rejectsValueOfTheWrongType() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "version: 1", "version: satu"));

        assertThat(problem.messageEn()).startsWith("line 2")
                .contains("wrong value at /version: expected a whole number");
    }

    @Test
    void rejectsDateThatIsNotIso() {
        DefinitionProblem problem = onlyProblem(replaceOnce(VALID, "  title: Contoh\n",
                "  title: Contoh\n  created: 29 April 2024\n"));

        assertThat(problem.messageEn()).contains("'identity.created' = '29 April 2024' is not an ISO date");
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(onlyProblem("  \n").messageEn()).isEqualTo("the file is empty");
    }

    @Test
    void reportsEveryProblemInOneException() {
        String broken = replaceOnce(replaceOnce(VALID, "time: 1 jam", "time: sebentar"), "action: notify-applicant",
                "action: kirim-sms");

        assertThatExceptionOfType(DefinitionInvalidException.class)
                .isThrownBy(() -> reader.read(SOURCE, broken))
                .satisfies(e -> assertThat(e.problems()).hasSize(2))
                .withMessageContaining(SOURCE + ": langkah 'buat-akun': waktu standar 'sebentar'")
                .withMessageContaining("step 'beri-tahu': unknown system action 'kirim-sms'");
    }

    @Test
    void validatesADefinitionBuiltInCode() {
        SopDefinition built = new SopDefinition("kode", 1,
                new SopIdentity(null, "Dibuat di kode", null, null, null, null, null, null, null, null, null, null,
                        null, null, null),
                List.of(new Actor("pemohon", "Pemohon", null, true)),
                List.of(new Step("ajukan", null, StepKind.SUBMISSION, "pemohon", "Mengajukan", null, null, null, null,
                        "selesai", null, null, null), new Step("selesai", null, StepKind.END, "admin", null, null, null, null,
                                null, null, null, null, null)),
                List.of(new RequestType("pribadi", new Label("Pribadi", "Personal"), OwnerKind.NIP, null, null)),
                null);

        assertThat(new SopValidator().validate("kode", built)).singleElement()
                .hasToString("kode: langkah 'selesai': pelaksana 'admin' tidak dikenal"
                        + " / step 'selesai': unknown actor 'admin'");
    }

    private List<DefinitionProblem> problems(String yaml) {
        return assertThatExceptionOfType(DefinitionInvalidException.class)
                .isThrownBy(() -> reader.read(SOURCE, yaml))
                .withMessageContaining(SOURCE)
                .actual()
                .problems();
    }

    private DefinitionProblem onlyProblem(String yaml) {
        List<DefinitionProblem> problems = problems(yaml);
        assertThat(problems).as("problems").hasSize(1);
        return problems.get(0);
    }

    private static void assertNames(DefinitionProblem problem, String stepId, String messageEn) {
        assertThat(problem.sourceName()).isEqualTo(SOURCE);
        assertThat(problem.stepId()).isEqualTo(stepId);
        assertThat(problem.messageEn()).contains(messageEn);
        assertThat(problem.toString()).startsWith(SOURCE + ": langkah '" + stepId + "': ")
                .contains("step '" + stepId + "': ");
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text.split(Pattern.quote(from), -1)).as("occurrences of %s", from).hasSize(2);
        return text.replace(from, to);
    }
}
