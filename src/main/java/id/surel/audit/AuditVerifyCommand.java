package id.surel.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --surel.audit.verify-and-exit=true}: verifies the audit chain, prints the result and exits with 0 when it is
 * intact, 1 when it names a broken row. Run it with {@code --spring.main.web-application-type=none}.
 */
@Component
@ConditionalOnProperty(name = "surel.audit.verify-and-exit", havingValue = "true")
class AuditVerifyCommand implements ApplicationRunner {

    private final AuditLog audit;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditLog audit, ConfigurableApplicationContext context) {
        this.audit = audit;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditVerification result = audit.verify();
        if (result.intact()) {
            System.out.println("Audit chain intact: " + result.rowsChecked() + " rows");
        } else {
            System.out.println("Audit chain BROKEN at row " + result.firstBrokenPosition() + ": " + result.reason()
                    + " (" + result.rowsChecked() + " rows verified before it)");
        }
        int code = result.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
